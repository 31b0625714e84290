/* The engine's random numbers (dev.kiln.demo.engine.Rng, mulberry32) for bench/demos' hand-written
   trainers, so they draw the same data and batch order as the engine. Not shipped to readers. */
function mulberry32(seed) {
  "use strict";
  var state = seed | 0;
  return function () {
    state = (state + 0x6D2B79F5) | 0;
    var t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
