// Functions evaluated inside the browser. Each is self-contained (it is serialised), and runs
// either in an extension page (`b.ext(fn, arg)`) or in the tested page (`page.evaluate(fn)`).

// ── in an extension page ──────────────────────────────────────────────────────────────────
const tabOf = `const api = globalThis.browser ?? globalThis.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (!tab) throw new Error('no tab for ' + url);`;

/** The Report of the page at `url`, from its content script ({type: "sourcelight:report"}). */
export const report = new Function('url', `return (async () => { ${tabOf}
  return api.tabs.sendMessage(tab.id, { type: 'sourcelight:report' }); })();`);

/** Clicks the toolbar button for the tab at `url` (the same path: the background's toggleTab). */
export const toggle = new Function('url', `return (async () => { ${tabOf}
  const r = await api.runtime.sendMessage({ type: 'sourcelight:toggle-tab', tabId: tab.id });
  if (r !== true) throw new Error('toggle failed: ' + r); })();`);

/** The badge text of the tab at `url`. */
export const badge = new Function('url', `return (async () => { ${tabOf}
  return api.action.getBadgeText({ tabId: tab.id }); })();`);

/** Replaces the settings. */
export const setSettings = new Function('settings', `return (async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.storage.local.set({ settings }); })();`);

/** Sets the sites where Sourcelight is off. */
export const setDisabledSites = new Function('sites', `return (async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.storage.local.set({ settings: { schemaVersion: 1, disabledSites: sites } }); })();`);

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
      kind: e.getAttribute('data-sourcelight-hidden'),
      text: e.textContent.replace(/\s+/g, ' ').trim(),
      display: getComputedStyle(e).display,
    })),
    sources: texts('sourcelight-source'),
    cues: texts('sourcelight-cue'),
    bodyOverflowY: cs.overflowY,
    htmlOverflowY: getComputedStyle(document.documentElement).overflowY,
    off: document.documentElement.hasAttribute('data-sourcelight-off'),
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

/** Whether the page scrolls: scrolls down and reports where it got to. */
export function scrollsTo() {
  window.scrollTo(0, 400);
  const y = window.scrollY;
  window.scrollTo(0, 0);
  return y;
}
