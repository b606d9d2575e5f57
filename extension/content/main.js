// Sourcelight's content script (bundled into one classic script, content.js): in the top frame
// from document_start; in a sub-frame once frame.js finds the frame worth reading and the
// background loads it there (an ad frame never pays for this script).
//
//   document_start                DOM ready, then on changes                     reader toggles
//   ──────────────                ──────────────────────────                     ──────────────
//   follow html/body until    ┐   read the page in slices ─► background engine   storage change
//   laid out: the scroll      │     of ≤ 8 ms (walk.js)                            ─► HELLO again
//   baseline (baseline.js);   │     ◄─ layout questions (layout.js) ─►           off: undo all
//   listen for notice frames; │   apply the outcome (apply.js) ─► Report         on: read again
//   a task later: HELLO ─►    │   MutationObserver: queue added nodes,
//   SETTINGS ─────────────────┘     hide copies of hidden notices at once,
//                                   read only what was added, once per frame
//
// The engine runs in the extension's background (WebAssembly is allowed there whatever the
// page's CSP); this script reads and applies. Everything it applies it can undo (apply.js).
//
// Page states:
//   waiting   no SETTINGS yet, or the DOM not ready; sub-frames also wait until they hold
//             something worth reading (consent words or markers, or article-length text)
//   on        runs follow the page; answers PAGE_REPORT with the Report
//   off       nothing applied
//   failed    an error was logged once; the page is left as it is
//   dead      the extension was removed: everything undone, nothing listens; or it was reloaded
//             or updated and a new copy of this script took the page over: nothing undone (the
//             new copy adopted it), nothing listens
//
// Nothing here is reachable from the page's own scripts (the content script's world is isolated),
// page text is never inserted as HTML, and no network request is made.

import { api, contextValid } from '../browser.js';
import * as M from '../messages.js';
import { readInSlices, handleOf, pageTurn } from './walk.js';
import { Port, DISCONNECTED } from './port.js';
import { Applied, withPageText } from './apply.js';
import { Baseline } from './baseline.js';
import { domReady, listenForNoticeFrames, tellParent, whenWorthReading } from './frames.js';
import * as prehide from './prehide.js';
import { Tooltip } from './tooltip.js';
import { STORAGE_KEY, isEnabledFor, migrate, siteOf } from '../settings.js';

/** Runs follow insertions on the next animation frame until the page inserts this often: then
 *  at most one run per MIN_RUN_INTERVAL_MS. */
const BUSY_RUNS_PER_SECOND = 8;
const MIN_RUN_INTERVAL_MS = 250;
/** A full run (attribution included) at most this often when the article keeps changing. */
const MIN_FULL_RUN_INTERVAL_MS = 2000;
/** After this many runs on one page, stop following changes (a page that changes forever). */
const MAX_RUNS = 400;
/** More added subtrees than this in one batch: one full run instead. */
const MAX_ADDED_ROOTS = 300;
/** The event a new copy of this script sends its document when it starts (see `start`). */
const TAKEOVER_EVENT = 'sourcelight-takeover';
/** Elements whose insertion never needs a new run. */
const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);
/** What the insertion observer watches, in the document and in each shadow root read. */
const INSERTIONS = { childList: true, subtree: true };
/** The namespace of an `<svg>` and of what it holds (see `readWhere`). */
const SVG_NS = 'http://www.w3.org/2000/svg';

const isTop = window === window.top;

const state = {
  on: false,
  active: false, // listening to the extension (the frame is worth reading)
  settled: false, // SETTINGS arrived at least once
  ready: false, // the DOM is ready and (for sub-frames) worth reading
  session: null, // the engine's memory of this document (opaque; see src/engine/session.rs)
  report: null,
  applied: new Applied(),
  queue: [], // added nodes not yet read
  full: false, // whether the next run must read the whole page
  recheck: false, // whether <html>/<body> or a watched element changed (run even with no queue)
  watched: new WeakSet(),
  observedRoots: new WeakSet(), // shadow roots the insertion observer also watches
  rehide: [], // watched signatures of hidden notices ({signature, kind}): copies are hidden at once
  again: new Map(), // index in rehide → copies hidden since the last run
  rules: [], // selectors a stylesheet hides (notices that kept coming back)
  noticeFrames: new Set(), // <iframe>s whose document is a notice
  toldParent: false,
  runs: 0,
  recentRuns: [],
  lastRun: 0,
  lastFullRun: 0,
  timer: 0,
  running: false,
  failed: false,
  dead: false,
  baseline: null, // the top frame's Baseline: the html/body scroll state a released lock goes back to
  pageMs: 0, // time the runs spent on the page's thread: reading, answering layout, applying
  options: null, // the engine's options the last SETTINGS gave (JSON), to see when they change
  refresh: false, // whether the next run decides again from scratch (the options changed)
};
const cleanups = [];

/** Logs the first failure once, with what was being done; the page is left as it is. */
function fail(what, error) {
  if (state.failed || state.dead) return;
  state.failed = true;
  console.warn(`Sourcelight: could not ${what}: ${error?.message ?? error}`);
}

/** The tooltip over highlighted sources and cues (tooltip.js). */
const tooltip = new Tooltip(() => ({ ranges: state.applied.ranges, attributions: state.report?.attributions ?? [] }));

/** The port to the background engine (port.js). */
const port = new Port({ settings: (m) => settings(m), token: tellParent, gone: () => die() });

// ── Runs ───────────────────────────────────────────────────────────────────────────────────
async function runNow() {
  state.timer = 0;
  if (!state.on || !state.ready || state.running || state.failed || state.dead) return;
  const roots = state.queue.filter((n) => n.isConnected);
  state.queue = [];
  const refresh = state.refresh;
  state.refresh = false;
  const full = refresh || state.full || !state.session || roots.length > MAX_ADDED_ROOTS;
  if (!full && roots.length === 0 && !state.recheck && state.again.size === 0) return;
  const now = performance.now();
  state.full = false;
  state.recheck = false;
  state.lastRun = now;
  state.recentRuns = [...state.recentRuns.filter((t) => now - t < 1000), now];
  if (full) state.lastFullRun = now;
  const again = [...state.again];
  state.again.clear();
  state.running = true;
  try {
    const t0 = performance.now();
    const read = await readInSlices(full ? { seeThrough: refresh } : { roots });
    if (!state.on || state.dead) return; // turned off meanwhile: already undone
    observeShadowRoots(read.shadowRoots);
    const t1 = performance.now();
    const readMs = read.busyMs;
    const env = { baseline: state.baseline?.read() ?? null, noticeFrames: [...state.noticeFrames].filter((f) => f.isConnected).map(handleOf) };
    const session = refresh ? null : state.session;
    const { outcome, session: next } = await port.decide(read, { session, env, partial: !full, again }, refresh);
    if (!state.on || state.dead) return; // turned off meanwhile: already undone
    const t2 = performance.now();
    const texts = refresh ? state.applied.reconcile(outcome, read.nodes) : state.applied.apply(outcome, read.nodes, full);
    state.session = next;
    state.runs += 1;
    if (full) state.applied.ranges.length ? tooltip.start() : tooltip.stop();
    follow(outcome, read.nodes);
    const t3 = performance.now();
    state.pageMs += readMs + (t3 - t2) + port.takeAnswerMs();
    const attributions = full ? withPageText(outcome.report.attributions, texts) : state.report?.attributions ?? outcome.report.attributions;
    state.report = { ...outcome.report, attributions, elapsedMs: t3 - t0, timing: { readMs, readSlices: read.slices, readRestarted: read.restarted, decideMs: t2 - t1, applyMs: t3 - t2 } };
    port.send(M.report(state.report));
    if (outcome.frameIsNotice && !isTop && !state.toldParent) {
      state.toldParent = true;
      port.send(M.noticeFrame());
    }
    // Text arrived in the article: look for its attributions, but not too often.
    if (outcome.report.stale) {
      state.full = true;
      schedule(MIN_FULL_RUN_INTERVAL_MS - (now - state.lastFullRun));
    }
  } catch (e) {
    if (e === DISCONNECTED) {
      state.full = true; // the background restarted: read again from the start
      state.refresh ||= refresh;
      schedule();
    } else {
      fail('clean this page', e);
    }
  } finally {
    state.running = false;
  }
  if (state.runs >= MAX_RUNS) giveUp();
  else if (state.queue.length || state.full) schedule();
}

/** What the page side keeps following after a run: elements to watch, copies to hide, rules. */
function follow(outcome, nodes) {
  for (const id of outcome.watch) {
    const el = nodes[id];
    if (el?.nodeType !== 1 || state.watched.has(el) || !state.attrObserver) continue;
    state.watched.add(el);
    state.attrObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'] });
  }
  state.rehide = outcome.rehide;
  if (outcome.rules.join('\n') !== state.rules.join('\n')) {
    state.rules = outcome.rules;
    port.send(M.rules(state.rules));
  }
}

function schedule(minWait = 0) {
  if (state.timer || !state.on || state.dead) return;
  const busy = state.recentRuns.length >= BUSY_RUNS_PER_SECOND;
  const wait = Math.max(0, minWait, busy ? MIN_RUN_INTERVAL_MS - (performance.now() - state.lastRun) : 0);
  if (wait === 0) {
    state.timer = requestAnimationFrame(runNow);
  } else {
    state.timer = setTimeout(() => requestAnimationFrame(runNow), wait);
  }
}

// ── Following the page ─────────────────────────────────────────────────────────────────────
/** Whether `el` looks like a watched notice: same tag, id and classes (others may be added). */
function matches(el, { signature: s }) {
  if (el.localName !== s.tag || (el.getAttribute('id') ?? '') !== s.id) return false;
  const classes = el.classList;
  return s.classes.every((c) => classes.contains(c));
}

/** Hides, before they are painted, added copies of notices hidden earlier. */
function hideCopies(nodes) {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const i = state.rehide.findIndex((w) => matches(n, w));
    if (i >= 0 && state.applied.hide(n, state.rehide[i].kind)) state.again.set(i, (state.again.get(i) ?? 0) + 1);
  }
}

/** Whether an added node could change a decision. */
function counts(n) {
  if (n.nodeType === Node.TEXT_NODE) return n.data.trim() !== '' && readWhere(n);
  if (n.nodeType !== Node.ELEMENT_NODE || INERT.has(n.nodeName) || n.localName === 'sourcelight-tooltip' || !readWhere(n)) return false;
  // Copies a style rule already hides (notices that kept coming back) are not chased.
  return !state.rules.some((r) => n.matches(r));
}

/**
 * Whether the walk reads a node added there: not inside a drawing (read as a whole:
 * LEAF_ELEMENTS), not in the head (never read: SKIPPED_ELEMENTS; a new title, say).
 */
function readWhere(n) {
  return n.parentNode?.namespaceURI !== SVG_NS && !document.head?.contains(n);
}

function startObserving() {
  if (state.observer || state.runs >= MAX_RUNS) return;
  // Insertions anywhere. Sourcelight's own changes are attributes, so they never wake this
  // observer. It only queues; reading and applying happen later, once per animation frame.
  state.observer = new MutationObserver((records) => {
    const added = [];
    for (const r of records) for (const n of r.addedNodes) if (counts(n)) added.push(n);
    if (!added.length) return;
    if (state.rehide.length) hideCopies(added);
    state.queue.push(...added);
    schedule();
  });
  state.observer.observe(document.documentElement, INSERTIONS);
  // Attributes only where they decide something: a scroll lock set on <html>/<body> by class or
  // style, and notices the page shows later. (Releasing a lock changes <body>'s style: that
  // costs one more run, which finds nothing to do.)
  state.attrObserver = new MutationObserver((records) => {
    for (const r of records) if (state.watched.has(r.target)) state.queue.push(r.target);
    state.recheck = true;
    schedule();
  });
  for (const el of [document.documentElement, document.body]) {
    if (el) state.attrObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'inert', 'aria-hidden'] });
  }
}

/**
 * Insertions inside `roots` (shadow roots a read walked) too: the document's observer does not
 * see into shadow roots, and a CMP may attach its root at once and render its notice into it
 * once its settings arrive.
 */
function observeShadowRoots(roots) {
  if (!state.observer) return;
  for (const root of roots) {
    if (state.observedRoots.has(root)) continue;
    state.observedRoots.add(root);
    state.observer.observe(root, INSERTIONS);
  }
}

/** A page that changes forever: stop following it, and say so once (what is hidden stays hidden). */
function giveUp() {
  if (state.observer) console.info(`Sourcelight: this page kept changing; stopped following its changes after ${MAX_RUNS} runs.`);
  stopObserving();
}

function stopObserving() {
  state.observer?.disconnect();
  state.attrObserver?.disconnect();
  state.observer = null;
  state.attrObserver = null;
  state.watched = new WeakSet();
  state.observedRoots = new WeakSet();
  state.queue = [];
}

// ── On and off ─────────────────────────────────────────────────────────────────────────────
function settings({ on, style, options }) {
  state.settled = true;
  state.applied.restyle(style);
  const changed = state.options !== null && JSON.stringify(options) !== state.options;
  state.options = JSON.stringify(options);
  if (!on) {
    if (isTop) prehide.remove();
    if (state.on) turnOff();
    else giveBackAdopted();
  } else if (!state.on) {
    turnOn();
  } else if (changed && state.ready) {
    // The reader changed an option or kept an element: decide again from scratch, applied in
    // one step (what stays hidden never flashes).
    state.refresh = true;
    schedule();
  }
}

function turnOn() {
  state.on = true;
  if (isTop) prehide.install();
  state.failed = false;
  domReady(() => {
    if (!state.on || state.dead) return;
    state.ready = true;
    state.full = true;
    // An earlier copy of this script, stopped by an extension update, left its work on the
    // page: take it over and decide again from scratch. The notice frames it hid stay notice
    // frames: their own copies will say so again, but later, and the frame would show meanwhile.
    // (A page could mark one of its own frames so; it would only have that frame hidden.)
    if (state.applied.adopt()) {
      state.refresh = true;
      for (const frame of state.applied.noticeFrames()) state.noticeFrames.add(frame);
    }
    startObserving();
    // A task of its own: DOMContentLoaded is dispatched at the end of the page's parsing task,
    // and the read would make that task, often the page's longest, longer still.
    state.timer = setTimeout(runNow);
  });
}

/**
 * Off from the start, yet an earlier copy of this script (stopped by an extension update while
 * the reader turned Sourcelight off) may have left its work on the page: give it back. Once per
 * document (later SETTINGS, one per storage change, find nothing new to give back).
 */
let lookedForAdopted = false;
function giveBackAdopted() {
  if (lookedForAdopted) return;
  lookedForAdopted = true;
  domReady(() => {
    if (!state.on && !state.dead && state.applied.adopt()) state.applied.undo();
  });
}

function turnOff() {
  stopActing();
  try {
    state.applied.undo();
  } catch (e) {
    fail('restore this page', e);
  }
  if (state.rules.length) port.send(M.rules([]));
  Object.assign(state, { session: null, report: null, rehide: [], rules: [], runs: 0, toldParent: false });
  state.again.clear();
}

/** Stops following the page; what is applied stays. */
function stopActing() {
  state.on = false;
  tooltip.stop();
  if (isTop) prehide.remove();
  state.ready = false;
  stopObserving();
  clearTimeout(state.timer);
  cancelAnimationFrame(state.timer);
  state.timer = 0;
}

/**
 * Nothing listens any more: the extension was reloaded, updated or removed. `undo`: give the page
 * back first (removed); not when a new copy has taken the page over (see `start`), as undoing
 * would also take back what the new copy applied, which is on the same elements.
 */
function die({ undo = true } = {}) {
  if (state.dead) return;
  if (undo) turnOff();
  else stopActing();
  state.dead = true;
  for (const c of cleanups.splice(0)) c();
}

// ── Start ──────────────────────────────────────────────────────────────────────────────────
/**
 * From document_start in the top frame, which hides known notices at once and keeps the scroll
 * state; in a sub-frame when frame.js loaded this (or the extension was installed while the page
 * was open). Each frame listens for notice frames among its own frames (cheap). The rest waits
 * until the frame is worth reading (the top frame always is): see `activate`.
 */
function start() {
  // After an extension update, the copy of this script that ran before may still be in the page
  // (Chrome tells it late that its extension is gone: at its next message). Tell it that this
  // copy takes over; it stands down without undoing, and this copy adopts its work (`turnOn`).
  // Only a copy whose extension is gone acts on it, so a page that sends the event changes nothing.
  document.dispatchEvent(new Event(TAKEOVER_EVENT));
  const onTakeover = () => !contextValid() && die({ undo: false });
  document.addEventListener(TAKEOVER_EVENT, onTakeover);
  cleanups.push(() => document.removeEventListener(TAKEOVER_EVENT, onTakeover));
  if (isTop) {
    // Known notices stay transparent from the very start; on a site the reader turned off, the
    // stored settings take that back within milliseconds (`askForSettings`).
    prehide.install();
    // (Reading it may put back <html>'s or <body>'s first attributes for a moment: not a change
    // of the page's for our own observer.)
    state.baseline = new Baseline(() => state.attrObserver?.takeRecords());
    state.baseline.watch();
    cleanups.push(() => state.baseline.stop());
  }
  cleanups.push(
    listenForNoticeFrames((token) => port.claim(token), (frame) => {
      state.noticeFrames.add(frame);
      state.full = true;
      activate(); // a frame that shows a notice frame is worth reading
      schedule();
    }),
  );
  // The extension's APIs are first used in a task of their own: at document_start this script
  // runs inside the page's parsing task, which holds up the page's first paint, and their
  // bindings and the port's opening are most of what this script's start costs there.
  if (isTop) pageTurn().then(() => !state.dead && askForSettings());
  else cleanups.push(whenWorthReading(activate));
}

/** The top frame: the stored settings (read without waking the background: a site the reader
 *  turned off gets its notices back at once), then the background's. */
function askForSettings() {
  api.storage.local.get(STORAGE_KEY).then((got) => {
    if (!state.settled && !isEnabledFor(siteOf(location.href), migrate(got[STORAGE_KEY]))) prehide.remove();
  }, () => {});
  activate();
}

/** The frame is worth reading: listen to the extension and ask for the settings (once). */
function activate() {
  if (state.active) return;
  state.active = true;
  const onMessage = (msg, _sender, sendResponse) => {
    if (M.is(msg, M.FLASH)) {
      state.applied.flash(msg.entity, msg.occurrence, state.report?.attributions ?? []);
      return false;
    }
    if (!M.is(msg, M.PAGE_REPORT)) return false;
    const empty = { removed: [], restored: 0, scrollUnlocked: false, attributions: [], stale: false, elapsedMs: 0 };
    const tip = tooltip.current ? tooltip.text : null; // what the tooltip says now (tests read it here)
    sendResponse({ ...(state.report ?? empty), on: state.on, runs: state.runs, failed: state.failed, engine: 'background', tooltip: tip, pageMs: state.pageMs });
    return false;
  };
  api.runtime.onMessage.addListener(onMessage);
  cleanups.push(() => contextValid() && api.runtime.onMessage.removeListener(onMessage));
  const onStorage = (_changes, area) => area === 'local' && port.send(M.hello());
  api.storage.onChanged.addListener(onStorage);
  cleanups.push(() => contextValid() && api.storage.onChanged.removeListener(onStorage));
  port.send(M.hello());
  // The back/forward cache: the port does not survive it (see Port.drop), and the background
  // forgot the tab's report when the tab navigated away. Back on the page: the settings again
  // (they may have changed meanwhile), the report again, and the page read again.
  const onPageHide = (event) => event.persisted && port.drop();
  const onPageShow = (event) => {
    if (!event.persisted || state.dead) return;
    port.send(M.hello());
    if (state.report) port.send(M.report(state.report));
    state.full = true;
    schedule();
  };
  addEventListener('pagehide', onPageHide);
  addEventListener('pageshow', onPageShow);
  cleanups.push(() => {
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
  });
}

// A second copy in the same world (injected again into a tab that already has one) stays out.
if (!globalThis.__sourcelight?.alive) {
  globalThis.__sourcelight = { alive: true };
  cleanups.push(() => (globalThis.__sourcelight.alive = false));
  try {
    start();
  } catch (e) {
    fail('start', e);
  }
}
