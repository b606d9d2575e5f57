// Functions evaluated inside the browser. Each is self-contained (it is serialised), and runs
// either in an extension page (`b.ext(fn, arg)`) or in the tested page (`page.evaluate(fn)`).
// Message kinds and settings keys come from the extension's own modules (one source of truth).

import * as M from '../../../extension/messages.js';
import { STORAGE_KEY, SCHEMA_VERSION } from '../../../extension/settings.js';

// ── in an extension page ──────────────────────────────────────────────────────────────────
const tabOf = `const api = globalThis.browser ?? globalThis.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (!tab) throw new Error('no tab for ' + url);`;

/** The Report of the top frame of the page at `url`, from its content script. */
export const report = new Function('url', `return (async () => { ${tabOf}
  return api.tabs.sendMessage(tab.id, ${JSON.stringify(M.pageReport())}, { frameId: 0 }); })();`);

/** Clicks the toolbar button for the tab at `url` (the same path: the background's toggleTab). */
export const toggle = new Function('url', `return (async () => { ${tabOf}
  const r = await api.runtime.sendMessage({ type: ${JSON.stringify(M.TOGGLE_TAB)}, tabId: tab.id });
  if (r !== true) throw new Error('toggle failed: ' + r); })();`);

/**
 * The background's engine memory in bytes (0 before the engine is loaded), where an extension page
 * reaches the background page (Firefox); `null` where it cannot (Chromium: ask its worker).
 */
export const engineMemory = new Function(`return (async () => {
  const page = await globalThis.browser?.runtime?.getBackgroundPage?.();
  return page ? page.sourcelightEngineMemory() : null; })();`);

/** The id of the tab at `url`. */
export const tabIdOf = new Function('url', `return (async () => { ${tabOf}
  return tab.id; })();`);

/** What the background keeps for the tab at `url`: the reports of its frames. */
export const tabState = new Function('url', `return (async () => { ${tabOf}
  return api.runtime.sendMessage({ type: ${JSON.stringify(M.TAB_STATE)}, tabId: tab.id }); })();`);

/** The badge text of the tab at `url`. */
export const badge = new Function('url', `return (async () => { ${tabOf}
  return api.action.getBadgeText({ tabId: tab.id }); })();`);

/** Replaces the settings. */
export const setSettings = new Function('settings', `return (async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.storage.local.set({ ${STORAGE_KEY}: settings }); })();`);

/** Sets the sites where Sourcelight is off (options at their defaults). */
export const setDisabledSites = new Function('sites', `return (async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.storage.local.set({ ${STORAGE_KEY}: { schemaVersion: ${SCHEMA_VERSION}, disabledSites: sites } }); })();`);

/** Settings with these sites off and these options (the rest at their defaults). */
export const settingsWith = (options = {}, disabledSites = []) => ({ schemaVersion: SCHEMA_VERSION, disabledSites, options });

// ── in the tested page ─────────────────────────────────────────────────────────────────────
/** What Sourcelight did to the page, as seen from the page. */
export function pageState() {
  const texts = (name) => {
    const h = globalThis.CSS?.highlights?.get(name);
    return h ? [...h].map((r) => r.toString()) : [];
  };
  const cs = getComputedStyle(document.body);
  return {
    hidden: [...document.querySelectorAll('[data-sourcelight-hidden]')].map((e) => ({
      kind: Element.prototype.getAttribute.call(e, 'data-sourcelight-hidden'), // (a form's field may shadow e.getAttribute)
      text: e.textContent.replace(/\s+/g, ' ').trim(),
      display: getComputedStyle(e).display,
    })),
    sources: texts('sourcelight-source'),
    cues: texts('sourcelight-cue'),
    bodyOverflowY: cs.overflowY,
    htmlOverflowY: getComputedStyle(document.documentElement).overflowY,
    html: document.documentElement.outerHTML,
  };
}

/** The visible text of each paragraph of the article body. */
export function articleParagraphs() {
  return [...document.querySelectorAll('.entry-content p')].map((p) => ({
    text: p.textContent,
    visible: p.checkVisibility ? p.checkVisibility() : p.offsetParent !== null,
  }));
}
