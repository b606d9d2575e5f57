// The one place for browser differences. Every other file imports what it needs from here.
//
// Chrome 148+ and Firefox both expose `browser.*` with promises; older Chrome only `chrome.*`
// (also promise-based in MV3).

export const api = globalThis.browser ?? globalThis.chrome;

/**
 * Whether this is Firefox (it has no extension service workers and asks for host access). Asked
 * when needed, not when this module loads: the question builds Chrome's `runtime` bindings, which
 * frame.js, in every ad frame, would pay for without using (0.2 ms of its 0.9 ms per frame).
 */
export const isFirefox = () => typeof api?.runtime?.getURL === 'function' && api.runtime.getURL('').startsWith('moz-extension:');

// The `shadowRoot` getter, from the prototype: a form's field named "shadowRoot" would shadow
// `el.shadowRoot`. (Taken on first use: the background's worker has no `Element`.)
let openShadowRoot = null;

/**
 * The shadow root of `el`, open or closed, or null. Content scripts may see closed roots
 * (`chrome.dom.openOrClosedShadowRoot` in Chrome, `element.openOrClosedShadowRoot` in Firefox).
 */
export function shadowRootOf(el) {
  openShadowRoot ??= Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
  const open = openShadowRoot.call(el);
  if (open) return open;
  try {
    if (api?.dom?.openOrClosedShadowRoot) return api.dom.openOrClosedShadowRoot(el) ?? null;
    return el.openOrClosedShadowRoot ?? null;
  } catch {
    return null; // not an element that can host a shadow root
  }
}

/** Whether this script's extension context is still valid (false after the extension was reloaded or removed). */
export function contextValid() {
  try {
    return !!api?.runtime?.id;
  } catch {
    return false;
  }
}
