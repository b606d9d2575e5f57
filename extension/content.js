// Sourcelight content script (a classic script; its modules are loaded with import()).
//
//   document_start                      DOM ready, then on changes             reader toggles
//   ──────────────                      ──────────────────────────             ──────────────
//   capture html/body scroll state ─┐   engine.run(document) ─► Report         storage.onChanged
//   (before any consent script)     ├─► MutationObserver: added nodes          off: undo(), mark <html>
//   read settings ──────────────────┘     ─► one run per frame, throttled      on: unmark, run()
//
// Page states:
//   off      nothing applied; <html data-sourcelight-off> switches the document_start stylesheet off
//   on       engine applied; observer live; answers {type: "sourcelight:report"} with the Report
//   failed   an error was logged once; the page is left as it is
//
// Nothing here is reachable from the page's own scripts (the content script's world is isolated),
// page text is never inserted as HTML, and no network request is made.

(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;
  const OFF_ATTR = 'data-sourcelight-off';
  /** At most one engine run per this many milliseconds while the page keeps changing. */
  const MIN_RUN_INTERVAL_MS = 250;
  /** After this many runs on one page, stop following changes (a page that re-inserts forever). */
  const MAX_RUNS = 400;
  /** Elements whose insertion never needs a new run. */
  const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);

  const state = {
    on: false,
    engine: null, // {Sourcelight, findAttributions, flavor}
    sourcelight: null, // the engine attached to this document
    report: null,
    baseline: null,
    observer: null,
    runs: 0,
    lastRun: 0,
    timer: 0,
    failed: false,
  };

  /** Logs the first failure once, with what was being done; the page is left as it is. */
  function fail(what, error) {
    if (state.failed) return;
    state.failed = true;
    console.warn(`Sourcelight: could not ${what}: ${error?.message ?? error}`);
  }

  // ── Scroll baseline: html/body position and overflow before any consent script ran ──────────
  function boxScroll(el) {
    const s = getComputedStyle(el);
    return { overflowX: s.overflowX, overflowY: s.overflowY, position: s.position, top: s.top };
  }
  function captureBaseline() {
    if (state.baseline || !document.body) return !!state.baseline;
    state.baseline = { html: boxScroll(document.documentElement), body: boxScroll(document.body) };
    return true;
  }
  if (!captureBaseline()) {
    const watch = new MutationObserver(() => captureBaseline() && watch.disconnect());
    watch.observe(document.documentElement, { childList: true });
  }

  // ── Engine runs ──────────────────────────────────────────────────────────────────────────
  function runNow() {
    state.timer = 0;
    if (!state.on || !state.engine || state.failed) return;
    state.lastRun = performance.now();
    state.runs += 1;
    try {
      state.sourcelight ??= new state.engine.Sourcelight({ baseline: state.baseline });
      state.report = state.sourcelight.run(document);
    } catch (e) {
      fail('clean this page', e);
    }
    if (state.runs >= MAX_RUNS) stopObserving();
  }

  function schedule() {
    if (state.timer || !state.on) return;
    const wait = Math.max(0, MIN_RUN_INTERVAL_MS - (performance.now() - state.lastRun));
    state.timer = setTimeout(() => requestAnimationFrame(runNow), wait);
  }

  /** Whether a batch of mutations added anything that could change a decision. */
  function addsContent(records) {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.ELEMENT_NODE ? !INERT.has(n.nodeName) : n.nodeType === Node.TEXT_NODE && n.data.trim()) {
          return true;
        }
      }
    }
    return false;
  }

  function startObserving() {
    if (state.observer || state.runs >= MAX_RUNS) return;
    // Only insertions are observed: Sourcelight's own changes are attributes, so it never wakes itself.
    state.observer = new MutationObserver((records) => addsContent(records) && schedule());
    state.observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  function stopObserving() {
    state.observer?.disconnect();
    state.observer = null;
  }

  async function turnOn() {
    state.on = true;
    document.documentElement.removeAttribute(OFF_ATTR);
    try {
      if (!state.engine) {
        const { loadEngine } = await import(api.runtime.getURL('engine.js'));
        state.engine = await loadEngine();
      }
    } catch (e) {
      fail('load its engine', e);
      return;
    }
    if (!state.on) return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => state.on && (runNow(), startObserving()), { once: true });
    } else {
      runNow();
      startObserving();
    }
  }

  function turnOff() {
    state.on = false;
    document.documentElement.setAttribute(OFF_ATTR, '');
    stopObserving();
    clearTimeout(state.timer);
    state.timer = 0;
    try {
      state.sourcelight?.undo();
    } catch (e) {
      fail('restore this page', e);
    }
    state.report = null;
    state.runs = 0;
  }

  // ── Settings and messages ────────────────────────────────────────────────────────────────
  (async () => {
    const [settings, messages] = await Promise.all([
      import(api.runtime.getURL('settings.js')),
      import(api.runtime.getURL('messages.js')),
    ]);
    const site = settings.siteOf(location.href);
    const enabled = (stored) => settings.isEnabledFor(site, settings.migrate(stored));

    api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      if (!messages.is(msg, messages.REPORT)) return false;
      const empty = { removed: [], restored: 0, scrollUnlocked: false, attributions: [], elapsedMs: 0 };
      sendResponse({ ...(state.report ?? empty), on: state.on, engine: state.engine?.flavor ?? null });
      return false;
    });

    const tellBackground = () => api.runtime.sendMessage(messages.pageState(state.on)).catch(() => {});
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(settings.STORAGE_KEY in changes)) return;
      const on = enabled(changes[settings.STORAGE_KEY].newValue);
      if (on && !state.on) turnOn();
      else if (!on && state.on) turnOff();
    });

    const stored = await api.storage.local.get(settings.STORAGE_KEY);
    if (enabled(stored[settings.STORAGE_KEY])) await turnOn();
    else turnOff();
    tellBackground();
  })().catch((e) => fail('start', e));
})();
