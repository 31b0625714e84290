// Hosts serve 404.html for a missing URL at any depth. Without base-url the site's root is not
// known when building, so it is found here: the nearest folder, walking up from the URL, whose
// 404.html answers 200. It must run before the first link in <head> is fetched, so it is inline
// (allowed by its hash in the page's CSP) and synchronous; it sets <base> and nothing else.
(function () {
  if (!/^https?:$/.test(location.protocol)) return;
  var dirs = location.pathname.split('/');
  dirs.pop();
  for (var i = dirs.length, tries = 0; i > 0 && tries < 16; i--, tries++) {
    var root = dirs.slice(0, i).join('/') + '/';
    var probe = new XMLHttpRequest();
    try {
      probe.open('HEAD', root + '404.html', false);
      probe.send();
    } catch (e) {
      return;
    }
    if (probe.status === 200) {
      var base = document.createElement('base');
      base.href = root;
      document.head.appendChild(base);
      return;
    }
  }
})();
