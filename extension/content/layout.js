// Layout answers: the computed style and box of the elements the engine asks about, packed as
// `Computed::from_packed` (src/model/layout.rs) reads them. Asked for a few elements per run,
// never pushed for every element (reading style and boxes costs).

import { HIDDEN_ATTR, LAYOUT_FIELDS } from '../generated/rules.js';
import { closedLayout, pageStyle } from './apply.js';
import { clientHeight, getAttribute, isConnected, nodeType, putAttribute, rectOf, removeAttribute, scrollHeight, setAttribute } from './dom.js';

/**
 * The packed answer for one element: the fields of LAYOUT_FIELDS, each ended by U+0000.
 * `as`: values that replace the computed ones (`{display: 'block'}`).
 */
export function styleOf(el, as = {}) {
  const s = getComputedStyle(el);
  const r = rectOf(el);
  const values = {
    x: r.x, y: r.y, width: r.width, height: r.height, scrollHeight: scrollHeight(el), clientHeight: clientHeight(el), ...as,
  };
  let out = '';
  for (const f of LAYOUT_FIELDS) out += `${f in values ? values[f] : s.getPropertyValue(f)}\0`;
  return out;
}

/**
 * Answers for the records `ids` of a read: `{[id]: packed | null}` (null: not an element, or
 * gone). `seeThrough`: an element Sourcelight hid, or whose lock it released, is answered as
 * the page has it without Sourcelight (the marker taken off, the page's own style put back, and
 * both restored in the same task: nothing is painted in between); a dialog or popover it closed
 * is answered as open (its box is then unknown: empty).
 */
export function answer(nodes, ids, { seeThrough = false } = {}) {
  const out = {};
  for (const id of ids) {
    const node = nodes[id];
    if (!node || nodeType(node) !== 1 || !isConnected(node)) {
      out[id] = null;
      continue;
    }
    const kind = seeThrough ? getAttribute(node, HIDDEN_ATTR) : null;
    const own = seeThrough ? pageStyle(node) : undefined;
    const ours = getAttribute(node, 'style');
    if (kind !== null) removeAttribute(node, HIDDEN_ATTR);
    if (own !== undefined) putAttribute(node, 'style', own);
    out[id] = styleOf(node, seeThrough ? closedLayout(node) : {});
    if (kind !== null) setAttribute(node, HIDDEN_ATTR, kind);
    if (own !== undefined) putAttribute(node, 'style', ours);
  }
  return out;
}

/** The viewport size in CSS px. */
export const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
