/* One call into the demo engine, sized to take about a set time: shared by the page, which trains
   in its own time slices from file://, and by kiln-demo-worker.js, which trains off the main thread
   where the site is served. The engine stops a call after a budget of samples, even mid-epoch, so
   one call stays short whatever an epoch costs; the budget doubles while calls are quick and halves
   when one is slow. A run's engine time, and the time it took to reach the demo's target loss,
   are counted here too, the same way in both places. */
self.KilnDemoSlices = {
  /**
   * Trains the run for at most {@code epochs} epochs and its budget of samples; the progress since
   * the last call (api.progress), with {@code ended}, the epochs that ended in this call.
   * {@code quick} ms is the call length aimed at; {@code target} the demo's target loss, or 0.
   */
  call: function (api, t, epochs, quick, target) {
    t.budget = t.budget || 64; t.seen = t.seen || 0; t.ms = t.ms || 0;
    epochs = Math.min(epochs, 1 << 30); // an int for the engine (Infinity would become 0)
    var before = performance.now(), ended = api.trainFor(t.session, epochs, t.budget), took = performance.now() - before;
    var p = api.progress(t.session, t.seen);
    if (target && t.reachedMs == null) {
      // the call's time is shared out evenly over the epochs it ended; the fraction first, so the
      // product never rounds above the call's time and reachedMs never above the run's ms
      for (var i = 0; i < p.loss.length; i++) {
        if (p.loss[i] <= target) { t.reachedMs = t.ms + took * ((i + 1) / p.loss.length); break; }
      }
    }
    t.seen = p.epoch;
    t.ms += took;
    if (took < quick && ended < epochs && !p.done) t.budget = Math.min(t.budget * 2, 1 << 30);
    else if (took > 2 * quick && t.budget > 1) t.budget = Math.max(1, t.budget >> 1);
    p.ended = ended;
    return p;
  }
};
