// Sourcelight content script, in every frame (a classic script; its modules come by import()).
//
// Top frame:
//   document_start                      DOM ready, then on changes                 reader toggles
//   ──────────────                      ──────────────────────────                 ──────────────
//   capture html/body scroll state ─┐   run(document) ─► Report                    storage.onChanged
//   (before any consent script)     ├─► MutationObserver: queue added nodes        off: undo(), mark <html>
//   read settings ──────────────────┘     ─► once per frame: runAdded(nodes)       on: unmark, run()
//                                         ─► run() again when the article changed
//   a frame says "I am a consent notice" (postMessage) ─► addNoticeFrame(iframe), run()
//
// Other frames: only asks "is this whole frame a consent notice?" (a CMP's cross-origin iframe);
// if so, tells its parent, which hides the <iframe> and releases the scroll lock. Frames never
// hide anything themselves.
//
// Page states (top frame):
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
  /** The message a notice frame posts to its parent window. */
  const NOTICE_FRAME = 'sourcelight:notice-frame';
  /** Runs follow insertions on the next animation frame (before the notice is ever painted) until
   *  the page inserts this often: then at most one run per MIN_RUN_INTERVAL_MS. */
  const BUSY_RUNS_PER_SECOND = 8;
  const MIN_RUN_INTERVAL_MS = 250;
  /** A full run (attribution included) at most this often when the article keeps changing. */
  const MIN_FULL_RUN_INTERVAL_MS = 2000;
  /** After this many runs on one page, stop following changes (a page that re-inserts forever). */
  const MAX_RUNS = 400;
  /** More added subtrees than this in one batch: one full run instead. */
  const MAX_ADDED_ROOTS = 300;
  /** Elements whose insertion never needs a new run. */
  const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);
  const isTop = window === window.top;

  const state = {
    on: false,
    engine: null, // {Sourcelight, findAttributions, flavor}
    sourcelight: null, // the engine attached to this document
    report: null,
    baseline: null,
    observer: null,
    queue: [], // added nodes not yet scanned
    full: false, // whether the next run must be a full one
    recheck: false, // whether <html>/<body> or a watched element changed (scan even with no queue)
    watched: new Set(), // elements whose attribute changes are observed (see Sourcelight.watched)
    runs: 0,
    recentRuns: [], // start times of the runs in the last second
    lastRun: 0,
    lastFullRun: 0,
    timer: 0,
    failed: false,
  };

  /** Logs the first failure once, with what was being done; the page is left as it is. */
  function fail(what, error) {
    if (state.failed) return;
    state.failed = true;
    console.warn(`Sourcelight: could not ${what}: ${error?.message ?? error}`);
  }

  async function engine() {
    if (!state.engine) {
      const { loadEngine } = await import(api.runtime.getURL('engine.js'));
      state.engine = await loadEngine();
    }
    return state.engine;
  }

  if (!isTop) {
    frameMode().catch(() => {}); // a frame that cannot be checked is simply left alone
    return;
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
    const now = performance.now();
    const roots = state.queue.filter((n) => n.isConnected);
    state.queue = [];
    const full = state.full || !state.sourcelight || roots.length > MAX_ADDED_ROOTS;
    if (!full && roots.length === 0 && !state.recheck) return;
    state.full = false;
    state.recheck = false;
    state.lastRun = now;
    state.runs += 1;
    state.recentRuns = [...state.recentRuns.filter((t) => now - t < 1000), now];
    try {
      state.sourcelight ??= new state.engine.Sourcelight({ baseline: state.baseline, rejectClick: state.rejectClick });
      if (full) {
        state.lastFullRun = now;
        state.report = state.sourcelight.run(document);
      } else {
        state.report = state.sourcelight.runAdded(document, roots);
        // Text arrived in the article: look for its attributions, but not too often.
        if (state.report.stale) {
          state.full = true;
          schedule(MIN_FULL_RUN_INTERVAL_MS - (now - state.lastFullRun));
        }
      }
      watchPending();
    } catch (e) {
      fail('clean this page', e);
    }
    if (state.runs >= MAX_RUNS) stopObserving();
  }

  /** Observes the attributes of elements the engine found but the page does not show yet. */
  function watchPending() {
    for (const el of state.sourcelight.watched()) {
      if (state.watched.has(el) || !state.attrObserver) continue;
      state.watched.add(el);
      state.attrObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'] });
    }
  }

  function schedule(minWait = 0) {
    if (state.timer || !state.on) return;
    const busy = state.recentRuns.length >= BUSY_RUNS_PER_SECOND;
    const wait = Math.max(0, minWait, busy ? MIN_RUN_INTERVAL_MS - (performance.now() - state.lastRun) : 0);
    if (wait === 0) {
      state.timer = requestAnimationFrame(runNow);
    } else {
      state.timer = setTimeout(() => requestAnimationFrame(runNow), wait);
    }
  }

  /** Queues the added nodes that could change a decision; whether any were. */
  function queueAdded(records) {
    let any = false;
    for (const r of records) {
      for (const n of r.addedNodes) {
        const counts = n.nodeType === Node.ELEMENT_NODE ? !INERT.has(n.nodeName) : n.nodeType === Node.TEXT_NODE && n.data.trim();
        if (counts) {
          state.queue.push(n);
          any = true;
        }
      }
    }
    return any;
  }

  function startObserving() {
    if (state.observer || state.runs >= MAX_RUNS) return;
    // Insertions anywhere. Sourcelight's own changes are attributes, so they never wake this
    // observer. It only queues; the engine runs later, once per animation frame at most.
    state.observer = new MutationObserver((records) => {
      if (!queueAdded(records)) return;
      // Copies of a notice already hidden are hidden now, before they are painted.
      try {
        state.sourcelight?.hideKnown(state.queue.filter((n) => n.nodeType === Node.ELEMENT_NODE));
      } catch (e) {
        fail('clean this page', e);
      }
      schedule();
    });
    state.observer.observe(document.documentElement, { childList: true, subtree: true });
    // Attributes only where they decide something: a scroll lock set on <html>/<body> by class or
    // style, and notices the page shows later. (Releasing a lock changes <body>'s style: that
    // costs one more scan, which finds nothing to do.)
    state.attrObserver = new MutationObserver((records) => {
      for (const r of records) if (state.watched.has(r.target)) state.queue.push(r.target);
      state.recheck = true;
      schedule();
    });
    for (const el of [document.documentElement, document.body]) {
      if (el) state.attrObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style'] });
    }
  }

  function stopObserving() {
    state.observer?.disconnect();
    state.attrObserver?.disconnect();
    state.observer = null;
    state.attrObserver = null;
    state.watched = new Set();
    state.queue = [];
  }

  async function turnOn() {
    state.on = true;
    document.documentElement.removeAttribute(OFF_ATTR);
    try {
      await engine();
    } catch (e) {
      fail('load its engine', e);
      return;
    }
    if (!state.on) return;
    const start = () => {
      if (!state.on) return;
      state.full = true;
      startObserving();
      runNow();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  }

  function turnOff() {
    state.on = false;
    document.documentElement.setAttribute(OFF_ATTR, '');
    stopObserving();
    clearTimeout(state.timer);
    cancelAnimationFrame(state.timer);
    state.timer = 0;
    try {
      state.sourcelight?.undo();
    } catch (e) {
      fail('restore this page', e);
    }
    state.report = null;
    state.runs = 0;
  }

  // A frame of this page reported that its document is a consent notice.
  window.addEventListener('message', (event) => {
    if (event.data?.type !== NOTICE_FRAME || !event.source) return;
    const frame = [...document.querySelectorAll('iframe, frame')].find((f) => f.contentWindow === event.source);
    if (!frame) return; // not one of our frames: ignore
    state.noticeFrames = [...(state.noticeFrames ?? []), frame];
    if (state.sourcelight) {
      state.sourcelight.addNoticeFrame(frame);
      state.full = true;
      schedule();
    }
  });

  // ── Settings and messages ────────────────────────────────────────────────────────────────
  (async () => {
    const [settings, messages] = await Promise.all([
      import(api.runtime.getURL('settings.js')),
      import(api.runtime.getURL('messages.js')),
    ]);
    const site = settings.siteOf(location.href);
    const apply = (stored) => {
      const s = settings.migrate(stored);
      state.rejectClick = s.rejectClick;
      return settings.isEnabledFor(site, s);
    };

    api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      if (!messages.is(msg, messages.REPORT)) return false;
      const empty = { removed: [], restored: 0, scrollUnlocked: false, attributions: [], stale: false, elapsedMs: 0 };
      sendResponse({ ...(state.report ?? empty), on: state.on, engine: state.engine?.flavor ?? null, runs: state.runs, failed: state.failed });
      return false;
    });

    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(settings.STORAGE_KEY in changes)) return;
      const on = apply(changes[settings.STORAGE_KEY].newValue);
      if (on && !state.on) turnOn();
      else if (!on && state.on) turnOff();
      api.runtime.sendMessage(messages.pageState(state.on)).catch(() => {});
    });

    const stored = await api.storage.local.get(settings.STORAGE_KEY);
    if (apply(stored[settings.STORAGE_KEY])) {
      const whenReady = turnOn();
      // Frames that reported before the engine existed.
      await whenReady;
      for (const f of state.noticeFrames ?? []) state.sourcelight?.addNoticeFrame(f);
      if (state.noticeFrames?.length) {
        state.full = true;
        schedule();
      }
    } else {
      turnOff();
    }
    api.runtime.sendMessage(messages.pageState(state.on)).catch(() => {});
  })().catch((e) => fail('start', e));

  // ── Frames ──────────────────────────────────────────────────────────────────────────────
  /**
   * In a frame: checks, when the frame has loaded and again while it changes (a CMP renders its
   * message with scripts), whether the frame's whole document is a consent notice, and tells
   * the parent once. The engine is loaded only for frames whose text has a consent word.
   */
  async function frameMode() {
    const FRAME_CHECKS = 20;
    const MAX_FRAME_TEXT = 20000;
    const messages = await import(api.runtime.getURL('messages.js'));
    // Off for the tab's site: switch the document_start stylesheet off in this frame too.
    const site = await api.runtime.sendMessage(messages.siteState()).catch(() => null);
    if (site && !site.on) {
      document.documentElement.setAttribute(OFF_ATTR, '');
      return;
    }
    const triggers = await (await fetch(api.runtime.getURL('consent-triggers.json'))).json();
    let checks = 0;
    let told = false;
    let timer = 0;
    const check = async () => {
      timer = 0;
      if (told || checks >= FRAME_CHECKS || !document.body) return;
      checks += 1;
      const text = document.body.innerText ?? '';
      const lower = text.toLowerCase();
      if (!text || text.length > MAX_FRAME_TEXT || !triggers.some((t) => lower.includes(t))) return;
      const e = await engine();
      const sl = new e.Sourcelight({});
      if (sl.isNoticeFrame(document)) {
        told = true;
        observer.disconnect();
        window.parent.postMessage({ type: NOTICE_FRAME }, '*');
      }
    };
    const observer = new MutationObserver(() => {
      if (!timer && !told) timer = setTimeout(() => check().catch(() => {}), 300);
    });
    const begin = () => {
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      check().catch(() => {});
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
    else begin();
  }
})();
