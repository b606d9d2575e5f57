// The engine in the background: the wasm package (`pkg/`, wasm-bindgen --target web), loaded
// once, on the first run (a worker woken for a badge update does not compile it).

import { api } from '../browser.js';
import init, { Run } from '../../pkg/sourcelight.js';

let ready = null;
let exports = null;

/** The engine's WebAssembly memory in bytes (0 before it is loaded): for the bench. */
export const engineMemoryBytes = () => exports?.memory.buffer.byteLength ?? 0;

/** Starts one run of the engine (`new Run(packed, request)`, see src/api.rs). */
export async function startRun(packed, request) {
  // A failed start is tried again on the next run, not remembered.
  ready ??= init({ module_or_path: api.runtime.getURL('engine.wasm') }).then(
    (e) => (exports = e),
    (e) => {
      ready = null;
      throw e;
    },
  );
  await ready;
  return new Run(packed, request);
}
