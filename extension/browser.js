// The one place for browser differences: Chrome 148+ and Firefox both expose `browser.*` with
// promises; older Chrome only `chrome.*` (also promise-based in MV3).
export const api = globalThis.browser ?? globalThis.chrome;

/** Whether this is Firefox (it has no extension service workers and asks for host access). */
export const isFirefox = typeof globalThis.browser !== 'undefined' && api.runtime.getURL('').startsWith('moz-extension:');
