// Layout answers: the computed style and box of the elements the engine asks about, packed as
// `Computed::from_packed` (src/model/layout.rs) reads them. Asked for a few elements per run,
// never pushed for every element (reading style and boxes costs).

import { LAYOUT_FIELDS } from '../generated/rules.js';

/** The packed answer for one element: the fields of LAYOUT_FIELDS, each ended by U+0000. */
export function styleOf(el) {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const values = {
    x: r.x, y: r.y, width: r.width, height: r.height, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight,
  };
  let out = '';
  for (const f of LAYOUT_FIELDS) out += `${f in values ? values[f] : s.getPropertyValue(f)}\0`;
  return out;
}

/** Answers for the records `ids` of a read: `{[id]: packed | null}` (null: not an element, or gone). */
export function answer(nodes, ids) {
  const out = {};
  for (const id of ids) {
    const node = nodes[id];
    out[id] = node?.nodeType === 1 && node.isConnected ? styleOf(node) : null;
  }
  return out;
}

/** The viewport size in CSS px. */
export const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
