// Measures, in a hostile test page, how long the main thread was away: the longest gap between
// two ticks of a 5 ms timer (window.__longestGap, ms), and the uncaught errors (window.__errors).
(() => {
  window.__longestGap = 0;
  window.__errors = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__longestGap = Math.max(window.__longestGap, now - last);
    last = now;
  }, 5);
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
})();
