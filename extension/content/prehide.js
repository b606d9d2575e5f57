// The prehide stylesheet: known consent notices (the CMP markers table) are made transparent and
// click-through from document_start, before the engine has seen the page, so that they never
// flash. The engine then hides them for good. A constructed stylesheet adopted by the document:
// it applies at once, changes no markup, and is dropped when Sourcelight is off for the site.

import { PREHIDE_CSS } from '../generated/rules.js';

let sheet = null;

/** Adopts the prehide stylesheet into the document (once). */
export function install(doc = document) {
  if (sheet) return;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PREHIDE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    sheet = null; // a browser without constructed stylesheets: notices may show until the engine runs
  }
}

/** Drops it again. */
export function remove(doc = document) {
  if (!sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = null;
}
