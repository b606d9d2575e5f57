// Background (Chrome: service worker; Firefox: event page). Owns the per-site switch and runs the
// engine for every frame:
//
//   popup switch / shortcut ─► toggleTab ─► storage.local settings ─► content scripts (HELLO ─► SETTINGS)
//                                                                   └► badge of every tab ("ON" / "OFF")
//   content script port ─► HELLO ─► SETTINGS {on}
//                        ─► RUN ─► engine (wasm) ◄─► NEED_LAYOUT / LAYOUT ─► OUTCOME
//                        ─► RULES ─► a user stylesheet for notices that keep coming back
//                        ─► NOTICE_FRAME / CLAIM_FRAME ─► tokens that tie a notice frame to its parent
//                        ─► REPORT ─► kept per tab and frame for the popup (storage.session)
//   frame.js (a sub-frame worth reading) ─► LOAD_FRAME ─► content.js loaded into that frame
//
// The engine keeps no state between runs (the content script sends its session back), so a
// service worker that Chrome stops and starts again loses nothing. No network requests.

import { api, isFirefox } from './browser.js';
import * as M from './messages.js';
import { STORAGE_KEY, engineOptions, isEnabledFor, migrate, siteOf, unsupportedReason, withKept, withSite } from './settings.js';
import { engineMemoryBytes, startRun, warmEngine } from './background/engine.js';

const BADGE = { on: { text: 'ON', color: '#2e7d32' }, off: { text: 'OFF', color: '#757575' } };

async function loadSettings() {
  const got = await api.storage.local.get(STORAGE_KEY);
  return migrate(got[STORAGE_KEY]);
}

/** Shows the state of the tab's site on its badge (nothing for pages Sourcelight cannot run on). */
async function updateBadge(tabId, url, settings) {
  const site = siteOf(url ?? '');
  try {
    if (!site) {
      await api.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const state = isEnabledFor(site, settings ?? (await loadSettings())) ? BADGE.on : BADGE.off;
    await api.action.setBadgeText({ tabId, text: state.text });
    await api.action.setBadgeBackgroundColor({ tabId, color: state.color });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Turns Sourcelight off or on for the site of `tab`: the popup's switch and the shortcut. */
async function toggleTab(tab) {
  const site = siteOf(tab?.url ?? '');
  if (!site) return;
  const settings = await loadSettings();
  const on = !isEnabledFor(site, settings);
  if (on && isFirefox()) {
    // Firefox lets the reader withdraw host access; ask again on the click (a user gesture).
    const origins = [`${new URL(tab.url).origin}/*`];
    if (!(await api.permissions.contains({ origins })) && !(await api.permissions.request({ origins }))) return;
  }
  const next = withSite(settings, site, on);
  await api.storage.local.set({ [STORAGE_KEY]: next });
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((t) => updateBadge(t.id, t.url, next)));
}

// ── Frames ─────────────────────────────────────────────────────────────────────────────────
/** One connected frame: its port, tab and frame id (from the browser, not from the page). */
class Frame {
  constructor(port) {
    this.port = port;
    this.tabId = port.sender.tab.id;
    this.frameId = port.sender.frameId ?? 0;
    this.url = port.sender.tab.url ?? '';
    this.site = siteOf(this.url); // the tab's site: frames follow their page
    this.runs = new Map(); // run id → engine Run waiting for layout answers
    this.rules = null; // the CSS text inserted for notices that keep coming back
  }

  post(message) {
    try {
      this.port.postMessage(message);
    } catch {
      // The frame went away meanwhile.
    }
  }

  get target() {
    return { tabId: this.tabId, frameIds: [this.frameId] };
  }

  close() {
    for (const run of this.runs.values()) run.free();
    this.runs.clear();
  }
}

/** Tokens of frames that found themselves a consent notice: token → {tabId, frameId}. */
const tokens = new Map();
/** Tabs where a notice was found in a frame (a scroll lock on the page may be its doing). */
const noticeTabs = new Set();

async function onHello(frame) {
  const settings = await loadSettings();
  const on = isEnabledFor(frame.site, settings);
  frame.options = engineOptions(settings, frame.site);
  frame.post({ type: M.SETTINGS, on, site: frame.site, style: settings.highlightStyle, options: frame.options });
  if (on) warmEngine();
  // The worker may have missed the tab's own events while it was starting.
  if (frame.frameId === 0) updateBadge(frame.tabId, frame.url, settings);
}

async function onRun(frame, m) {
  const env = { ...m.request.env, noticeElsewhere: frame.frameId === 0 && noticeTabs.has(frame.tabId) };
  const run = await startRun(m.packed, { ...m.request, env, options: frame.options ?? engineOptions(await loadSettings(), frame.site) });
  frame.runs.set(m.id, run);
  step(frame, m.id, {});
}

/** Decides with the answers so far: asks for more layout, or sends the outcome. */
function step(frame, id, answers) {
  const run = frame.runs.get(id);
  if (!run) return;
  let result;
  try {
    result = run.decide(answers);
  } catch (e) {
    frame.runs.delete(id);
    run.free();
    frame.post({ type: M.FAILED, id, error: String(e?.message ?? e) });
    return;
  }
  if (result.need) {
    frame.post({ type: M.NEED_LAYOUT, id, need: result.need });
    return;
  }
  frame.runs.delete(id);
  run.free();
  frame.post({ type: M.OUTCOME, id, outcome: result.outcome, session: result.session });
}

async function onRules(frame, selectors) {
  const old = frame.rules;
  frame.rules = selectors.length ? `${selectors.join(',\n')} { display: none !important; }` : null;
  if (old) await api.scripting.removeCSS({ target: frame.target, css: old, origin: 'USER' }).catch(() => {});
  if (frame.rules) await api.scripting.insertCSS({ target: frame.target, css: frame.rules, origin: 'USER' }).catch(() => {});
}

function onNoticeFrame(frame) {
  const token = crypto.randomUUID();
  tokens.set(token, { tabId: frame.tabId, frameId: frame.frameId });
  noticeTabs.add(frame.tabId);
  frame.post({ type: M.TOKEN, token });
}

function onClaimFrame(frame, token) {
  const t = typeof token === 'string' ? tokens.get(token) : null;
  tokens.delete(token);
  const ok = !!t && t.tabId === frame.tabId && t.frameId !== frame.frameId;
  frame.post({ type: M.CLAIMED, token, ok });
}

/** Reports per tab and frame, for the popup: kept in storage.session (survives a worker restart). */
async function onReport(frame, report) {
  const key = `tab:${frame.tabId}`;
  const got = (await api.storage.session.get(key))[key] ?? {};
  got[frame.frameId] = report;
  await api.storage.session.set({ [key]: got });
}

api.runtime.onConnect.addListener((port) => {
  if (port.name !== M.PORT || !port.sender?.tab) {
    port.disconnect();
    return;
  }
  const frame = new Frame(port);
  port.onDisconnect.addListener(() => frame.close());
  port.onMessage.addListener((m) => {
    const done = (() => {
      if (M.is(m, M.HELLO)) return onHello(frame);
      if (M.is(m, M.RUN)) return onRun(frame, m);
      if (M.is(m, M.LAYOUT)) return step(frame, m.id, m.answers ?? {});
      if (M.is(m, M.RULES) && Array.isArray(m.selectors)) return onRules(frame, m.selectors.filter((s) => typeof s === 'string'));
      if (M.is(m, M.NOTICE_FRAME)) return onNoticeFrame(frame);
      if (M.is(m, M.CLAIM_FRAME)) return onClaimFrame(frame, m.token);
      if (M.is(m, M.REPORT)) return onReport(frame, m.report);
      return null;
    })();
    Promise.resolve(done).catch((e) => {
      if (M.is(m, M.RUN)) frame.post({ type: M.FAILED, id: m.id, error: String(e?.message ?? e) });
      else console.error('Sourcelight:', e);
    });
  });
});

// ── Tabs, the shortcut, messages from the extension's own pages ────────────────────────────
api.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-site') return;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  await toggleTab(tab).catch((e) => console.error('Sourcelight: could not toggle the site:', e));
});

/** What the popup shows for a tab (see M.TAB_STATE). */
async function tabState(tabId) {
  const tab = await api.tabs.get(tabId);
  const settings = await loadSettings();
  const site = siteOf(tab.url ?? '');
  const key = `tab:${tabId}`;
  const frames = (await api.storage.session.get(key))[key] ?? {};
  const command = (await api.commands.getAll()).find((c) => c.name === 'toggle-site');
  return {
    url: tab.url ?? '', site, on: isEnabledFor(site, settings), unsupported: unsupportedReason(tab.url ?? ''),
    shortcut: command?.shortcut ?? '', style: settings.highlightStyle, kept: settings.keep[site] ?? [], frames,
  };
}

api.tabs.onActivated.addListener(({ tabId }) => {
  api.tabs.get(tabId).then((t) => updateBadge(t.id, t.url)).catch(() => {});
});

api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url || change.status === 'loading') updateBadge(tabId, tab.url);
  if (change.status === 'loading') {
    noticeTabs.delete(tabId);
    api.storage.session.remove(`tab:${tabId}`).catch(() => {});
  }
});

api.tabs.onRemoved.addListener((tabId) => {
  noticeTabs.delete(tabId);
  api.storage.session.remove(`tab:${tabId}`).catch(() => {});
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // A sub-frame worth reading (frame.js): load the content script into that frame.
  if (M.is(msg, M.LOAD_FRAME) && sender.id === api.runtime.id && sender.tab && sender.frameId > 0) {
    const target = { tabId: sender.tab.id, frameIds: [sender.frameId] };
    api.scripting.executeScript({ target, files: ['content.js'] }).catch((e) => console.warn('Sourcelight: could not load into a frame:', e));
    return false;
  }
  // Only the extension's own pages may send these; content scripts (page URLs) may not.
  const fromExtensionPage = sender.id === api.runtime.id && (sender.url ?? '').startsWith(api.runtime.getURL(''));
  if (!fromExtensionPage) return false;
  if (M.is(msg, M.TOGGLE_TAB)) {
    api.tabs.get(msg.tabId).then(toggleTab).then(() => sendResponse(true), (e) => sendResponse(String(e)));
    return true;
  }
  if (M.is(msg, M.TAB_STATE)) {
    tabState(msg.tabId).then(sendResponse, (e) => sendResponse({ error: String(e) }));
    return true;
  }
  if (M.is(msg, M.KEEP) && typeof msg.site === 'string') {
    loadSettings()
      .then((s) => api.storage.local.set({ [STORAGE_KEY]: withKept(s, msg.site, { rule: msg.rule, signature: msg.signature }, !!msg.keep) }))
      .then(() => sendResponse(true), (e) => sendResponse(String(e)));
    return true;
  }
  return false;
});

// For the bench (tests/e2e/bench.mjs), from the extension's own context only.
globalThis.sourcelightEngineMemory = engineMemoryBytes;

// Chrome does not put content scripts into the tabs that were open before the extension was
// installed, updated or reloaded (Firefox does): put them there as the manifest would, so those
// pages follow too. content.js goes into the top frame only; every frame gets the small frame.js,
// which loads content.js into a sub-frame only once it is worth reading (ad frames stay cheap).
api.runtime.onInstalled.addListener(async () => {
  if (isFirefox()) return;
  const tabs = await api.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  for (const tab of tabs) {
    const everyFrame = { tabId: tab.id, allFrames: true };
    await api.scripting.insertCSS({ target: everyFrame, files: ['content.css'] }).catch(() => {});
    await api.scripting.executeScript({ target: everyFrame, files: ['frame.js'] }).catch(() => {});
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] }).catch(() => {});
  }
});
