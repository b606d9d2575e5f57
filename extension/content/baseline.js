// The scroll baseline: the overflow and position of <html> and <body> as the page styles them
// itself, which a released scroll lock goes back to (`release` in src/decide/consent/scroll.rs).
//
// Read once the page has laid <body> out (its first ResizeObserver notice, when style and layout
// are up to date and the read costs next to nothing), or at the first run if that comes first.
// Not when <body> appears: getComputedStyle then styled the half-parsed page inside its parsing
// task, the page's own first style resolution done early and counted as ours (up to 20 ms on
// the heaviest of the 130 test pages).
//
// A script may lock the page before then (an inline script in <body>, a consent script that ran
// early). So the class and style attributes of <html> and <body> as they were when <body>
// appeared are kept (four strings). If an element locked when read and its attributes changed
// since, the first run (never while Sourcelight is off) reads it again with the first ones put
// back for that moment, restored in the same task: nothing is painted in between (the page's
// MutationObservers see both changes), as the layout answers see through Sourcelight's own
// changes.

import { LOCKING_OVERFLOW, LOCKING_POSITION } from '../generated/rules.js';
import { body, documentElement, getAttribute, putAttribute } from './dom.js';

/** The attributes by which scripts lock <html> or <body> (a lock class, an inline style). */
const LOCK_ATTRIBUTES = ['class', 'style'];

/** `{overflowX, overflowY, position, top}` of `el` (src/model/layout.rs `BoxScroll`). */
function boxScroll(el) {
  const s = getComputedStyle(el);
  const position = s.position;
  // `top` is what a released `position: fixed` lock goes back to; it moves only a positioned box.
  return { overflowX: s.overflowX, overflowY: s.overflowY, position, top: position === 'static' ? '' : topOf(el, s) };
}

/**
 * The `top` of positioned `el`: its computed value from the Typed OM (Chrome), which needs no
 * layout; `getComputedStyle`'s resolved value (Firefox) lays the page out first if it is not.
 */
function topOf(el, s) {
  try {
    if (typeof el.computedStyleMap === 'function') return el.computedStyleMap().get('top').toString();
  } catch {
    // (a value the Typed OM cannot give: the resolved one below)
  }
  return s.top;
}

const locks = (b) => LOCKING_OVERFLOW.includes(b.overflowX) || LOCKING_OVERFLOW.includes(b.overflowY) || b.position === LOCKING_POSITION;
const attributesOf = (el) => LOCK_ATTRIBUTES.map((name) => getAttribute(el, name));
const putAttributes = (el, values) => LOCK_ATTRIBUTES.forEach((name, i) => putAttribute(el, name, values[i]));

/** Follows one document's <html> and <body> until its baseline is read. */
export class Baseline {
  /** `restored`: called after attributes were put back and restored (to drop their mutation records). */
  constructor(restored = () => {}, doc = document) {
    this.restored = restored;
    this.doc = doc;
    this.value = null;
    this.laidOut = new Map(); // element → its BoxScroll when <body> was first laid out
    this.first = new Map(); // element → its LOCK_ATTRIBUTES' values when <body> appeared
    this.observers = [];
  }

  /** From document_start: keeps the attributes when <body> appears, and reads once it is laid out. */
  watch() {
    const html = documentElement(this.doc);
    if (!html || this.bodyAppeared()) return;
    const appears = new MutationObserver(() => this.bodyAppeared() && appears.disconnect());
    appears.observe(html, { childList: true });
    this.observers.push(appears);
  }

  /** Whether <body> is there; the first time it is, keeps the attributes and waits for its layout. */
  bodyAppeared() {
    const html = documentElement(this.doc);
    const b = body(this.doc);
    if (!html || !b) return false;
    for (const el of [html, b]) this.first.set(el, attributesOf(el));
    const laidOut = new ResizeObserver(() => {
      this.stop();
      for (const el of [html, b]) this.laidOut.set(el, boxScroll(el));
    });
    laidOut.observe(b);
    this.observers.push(laidOut);
    return true;
  }

  /**
   * `{html, body}` (src/model/layout.rs `ScrollBaseline`), for a run: read now if <body> was not
   * laid out yet; null without a <body>.
   */
  read() {
    const html = documentElement(this.doc);
    const b = body(this.doc);
    if (this.value || !html || !b) return this.value;
    this.stop();
    this.value = { html: this.of(html), body: this.of(b) };
    return this.value;
  }

  /** One element's baseline: as read when laid out (or now), unless a script locked it since <body> appeared. */
  of(el) {
    const now = this.laidOut.get(el) ?? boxScroll(el);
    const first = this.first.get(el);
    if (!first || !locks(now)) return now;
    const current = attributesOf(el);
    if (current.every((v, i) => v === first[i])) return now; // locked by the markup or a stylesheet
    putAttributes(el, first);
    try {
      return boxScroll(el);
    } finally {
      putAttributes(el, current);
      this.restored();
    }
  }

  /** Stops following (the observers only: what was read stays). */
  stop() {
    for (const o of this.observers.splice(0)) o.disconnect();
  }
}
