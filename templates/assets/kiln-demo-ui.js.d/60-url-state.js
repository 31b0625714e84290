/* ---- the settings in the URL fragment (#demo-1:lr=0.05,epochs=500), so an experiment can be shared ---- */
/** Reads the settings a shared link carries; true if they differ from the build's. */
Demo.prototype.readFragment = function () {
  var hash = decodeURIComponent(location.hash.slice(1)), prefix = this.id + ":";
  if (hash.indexOf(prefix) !== 0) return false;
  var self = this;
  hash.slice(prefix.length).split(",").forEach(function (pair) {
    var kv = pair.split("="), c = CONTROLS[kv[0]];
    if (!c || self.names.indexOf(kv[0]) < 0) return;
    if (c.text) { c.set(self.settings, kv[1]); return; }
    var v = c.options ? kv[1] : Number(kv[1]);
    if (!c.options && (isNaN(v) || v < c.min || v > c.max)) return;
    if (c.options && c.options.indexOf(v) < 0) return;
    c.set(self.settings, v);
  });
  var figure = this.figure;
  setTimeout(function () { figure.scrollIntoView(); }, 0);
  return JSON.stringify(this.settings) !== JSON.stringify(this.base);
};

Demo.prototype.writeFragment = function () {
  var self = this;
  var parts = this.names.map(function (n) {
    var v = String(CONTROLS[n].get(self.settings));
    // points: "x y;x y", so the fragment's own "," and "=" keep their meaning
    return n + "=" + (CONTROLS[n].text ? v.replace(/, /g, " ").replace(/\n/g, ";") : v);
  });
  history.replaceState(null, "", "#" + this.id + ":" + parts.join(","));
};
