// Loads the Rust engine into the content script's world.
//
// WebAssembly first. Chrome refuses to compile WebAssembly in a content script when the page's
// CSP is strict (`script-src 'self'`, nonces with 'strict-dynamic'); there the same module,
// converted to JavaScript by binaryen's wasm2js at build time, is loaded instead. Firefox always
// takes the first path.

import { api } from './browser.js';

/** Whether this world may compile WebAssembly (an 8-byte empty module, compiled synchronously). */
function canCompileWasm() {
  try {
    new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    return true;
  } catch {
    return false;
  }
}

/**
 * The engine module: `{ Sourcelight, findAttributions }` plus `flavor` ("wasm" or "wasm2js").
 * Throws with a message that says which path failed.
 */
export async function loadEngine() {
  if (canCompileWasm()) {
    const m = await import(api.runtime.getURL('pkg/sourcelight.js'));
    await m.default({ module_or_path: api.runtime.getURL('pkg/sourcelight_bg.wasm') });
    return { Sourcelight: m.Sourcelight, findAttributions: m.findAttributions, flavor: 'wasm' };
  }
  const m = await import(api.runtime.getURL('pkg/wasm2js/sourcelight.js'));
  return { Sourcelight: m.Sourcelight, findAttributions: m.findAttributions, flavor: 'wasm2js' };
}
