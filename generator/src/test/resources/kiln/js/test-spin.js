// For JsRuntimeTest: a call that runs as long as asked, and one that returns at once.
function spin(ms) { var end = Date.now() + ms; while (Date.now() < end) { /* busy */ } return 1; }
function quick() { return 2; }
