// The engine package in a Web Worker: loads pkg/ and answers findAttributions requests.
import init, { findAttributions } from '../pkg/sourcelight.js';

const ready = init({ module_or_path: new URL('../pkg/sourcelight_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  try {
    await ready;
    self.postMessage({ result: findAttributions(event.data.text, event.data.lang) });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};
