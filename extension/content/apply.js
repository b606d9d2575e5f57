// Applies the engine's outcome to the live page, reversibly, and undoes it exactly.
//
// What it changes, and how undo brings it back:
//   hide       one marker attribute (HIDDEN_ATTR = kind); content.css turns it into display:none.
//              Undo removes the attribute (and sweeps the document for any left).
//   unlock     inline `!important` properties on <html>/<body>. The `style` attribute's text is
//              kept first, in memory and in STYLE_ATTR on the element (so that a new copy of the
//              script, after an extension update, can give it back too); undo puts that text back
//              byte for byte (or, if the page changed the attribute since, removes only our
//              properties and puts back the page's own).
//   attributes `inert` / `aria-hidden` a notice set on the page wrapper: removed (their values
//              kept in REMOVED_ATTR on the element), put back on undo.
//   close      modal <dialog>s and popovers of hidden notices: closed (how they were open kept
//              in CLOSED_ATTR); undo opens them that way (showModal() or show(), showPopover()).
//   highlight  CSS Custom Highlight API ranges (the DOM is not changed); undo deletes them.
//   click      "reject" controls, only with the rejectClick option: a click cannot be undone.
// Each marker on the page says enough for a later copy of this script (after an extension
// update) to take the work over and undo it: see `adopt`.
// Page text is never inserted as HTML: nothing here writes markup.

import { HIDDEN_ATTR, SOURCE_HIGHLIGHT, CUE_HIGHLIGHT } from '../generated/rules.js';
import { body, documentElement, getAttribute, hasAttribute, inlineStyle, localName, matches, putAttribute, querySelectorAll, querySelectorAllIn, removeAttribute, setAttribute } from './dom.js';

const highlights = () => globalThis.CSS?.highlights ?? null;

/** On <html>/<body> while a lock is released: the page's own `style` text, as JSON (null: none). */
export const STYLE_ATTR = `${HIDDEN_ATTR}-style`;
/** On an element whose `inert` / `aria-hidden` was removed: {name: value} of each, as JSON. */
export const REMOVED_ATTR = `${HIDDEN_ATTR}-removed`;
/** The attributes a notice sets on the page that Sourcelight removes (the engine's shutters). */
const SHUTTERS = new Set(['inert', 'aria-hidden']);
/** On a dialog or popover that was closed: how it was open ('modal' | 'dialog' | 'popover'). */
export const CLOSED_ATTR = `${HIDDEN_ATTR}-closed`;

/**
 * The page's own `style` text of an element whose lock Sourcelight released, from STYLE_ATTR:
 * a string, null (the page had none), or undefined (no marker, or one that does not parse as
 * either: not ours).
 */
export function pageStyle(el) {
  const original = hasAttribute(el, STYLE_ATTR) ? parsed(getAttribute(el, STYLE_ATTR)) : undefined;
  return original === null || typeof original === 'string' ? original : undefined;
}

/**
 * The attributes Sourcelight took from an element, as the page had them (`{name: value}`, empty
 * for most): `open` on a dialog it closed, `inert` / `aria-hidden` it removed. A read that sees
 * through Sourcelight (walk.js) reports them, so that deciding again finds what the page shows.
 */
export function takenAttributes(el) {
  const taken = Object.fromEntries(removedFrom(el));
  if (localName(el) === 'dialog' && closedHow(el)) taken.open = '';
  return taken;
}

/**
 * The layout of an element Sourcelight closed, as the page had it open (`{property: value}`,
 * empty for the others): rendered, and a modal dialog or popover fixed in the top layer.
 */
export function closedLayout(el) {
  const how = closedHow(el);
  if (!how) return {};
  return how === 'dialog' ? { display: 'block' } : { display: 'block', position: 'fixed' };
}

/** The registrations a style puts sources and cues under (content.css styles each). */
export const highlightNames = (style) => (style === 'underline' ? [`${SOURCE_HIGHLIGHT}-underline`, `${CUE_HIGHLIGHT}-underline`] : [SOURCE_HIGHLIGHT, CUE_HIGHLIGHT]);
/** Every registration Sourcelight makes: both styles, the partner of what is pointed at, a flash. */
export const PARTNER_HIGHLIGHT = `${SOURCE_HIGHLIGHT}-partner`;
export const FLASH_HIGHLIGHT = `${SOURCE_HIGHLIGHT}-flash`;
/** How long a flashed source stays marked (ms). */
const FLASH_MS = 1500;
const ALL_HIGHLIGHTS = [...highlightNames('background'), ...highlightNames('underline'), PARTNER_HIGHLIGHT, FLASH_HIGHLIGHT];

export class Applied {
  constructor(doc = document) {
    this.doc = doc;
    /** Elements hidden by this journal. */
    this.hidden = new Set();
    /** Element → {original: style text or null, ours: style text after our change, props: Map(prop → {value, priority})}. */
    this.styles = new Map();
    /** [{el, name, value}]: attributes removed. */
    this.attributes = [];
    /** [{el, how}]: dialogs and popovers closed ('modal' | 'dialog' | 'popover'). */
    this.closed = [];
    this.highlighted = false;
    /** [{range, role, attribution}] of the current highlights, in document order. */
    this.ranges = [];
    /** How highlights look ('background' or 'underline'): which registrations they go under. */
    this.style = 'background';
  }

  /**
   * Applies `outcome` ({plan, restore}) whose ids index `nodes` (the read it was decided on).
   * `full`: the outcome covers the whole page, so its highlights replace the current ones.
   * Returns the page's own text of each highlight: `[{attribution, role, text}]`.
   */
  apply(outcome, nodes, full) {
    const { plan } = outcome;
    const el = (id) => (nodes[id]?.nodeType === 1 ? nodes[id] : null);
    // Reject clicks first, so that the CMP records the choice before its notice is hidden.
    for (const id of plan.click) el(id)?.click?.();
    for (const h of plan.hide) {
      const e = el(h.node);
      if (e) this.hide(e, h.kind);
    }
    for (const id of outcome.restore) {
      const e = el(id);
      if (!e) continue;
      removeAttribute(e, HIDDEN_ATTR);
      this.hidden.delete(e);
    }
    for (const id of plan.close) this.close(el(id));
    if (plan.unlock) this.unlock(plan.unlock, el);
    // Nodes the page removed are not kept alive by the journal.
    for (const e of this.hidden) if (!e.isConnected) this.hidden.delete(e);
    return full ? this.highlight(plan.highlights, nodes) : [];
  }

  /**
   * Applies the outcome of a run that decided again from scratch (the reader changed an option):
   * what it hides is hidden, what this journal hid and it does not is shown again, and when no
   * consent notice stays hidden the scroll lock is given back. Nothing flashes: what stays hidden
   * is never shown in between.
   */
  reconcile(outcome, nodes) {
    const hide = new Set(outcome.plan.hide.map((h) => nodes[h.node]).filter(Boolean));
    for (const e of [...this.hidden]) if (!hide.has(e)) this.show(e);
    const close = new Set(outcome.plan.close.map((id) => nodes[id]).filter(Boolean));
    this.reopen((el) => !close.has(el));
    const texts = this.apply(outcome, nodes, true);
    const noticeHidden = [...this.hidden].some((e) => getAttribute(e, HIDDEN_ATTR) === 'consent-notice');
    if (!noticeHidden) this.undoUnlock();
    return texts;
  }

  /**
   * Takes over what an earlier copy of this script left on the page (an extension update
   * stopped it): its hidden elements, released locks, removed attributes and closed dialogs join
   * this journal, so that the next run can decide again and undo can give everything back.
   * Markers that do not fit their element are left alone. Returns whether there was anything
   * to take over.
   */
  adopt() {
    for (const e of querySelectorAll(this.doc, `[${HIDDEN_ATTR}]`)) this.hidden.add(e);
    for (const e of querySelectorAll(this.doc, `[${CLOSED_ATTR}]`)) {
      const how = closedHow(e);
      if (how) this.closed.push({ el: e, how });
    }
    for (const e of querySelectorAll(this.doc, `[${REMOVED_ATTR}]`)) {
      for (const [name, value] of removedFrom(e)) this.attributes.push({ el: e, name, value });
    }
    for (const e of [documentElement(this.doc), body(this.doc)]) {
      if (!e || this.styles.has(e)) continue;
      const original = pageStyle(e);
      if (original === undefined) continue; // not ours
      this.styles.set(e, { original, ours: getAttribute(e, 'style'), props: new Map() });
    }
    return this.hidden.size + this.styles.size + this.closed.length + this.attributes.length > 0;
  }

  /**
   * The frames (<iframe>, <frame>) in or of the elements this journal hides as consent notices:
   * after `adopt`, the notice frames an earlier copy was told about (see frames.js), before their
   * own new copies tell this one again.
   */
  noticeFrames() {
    const notices = [...this.hidden].filter((e) => getAttribute(e, HIDDEN_ATTR) === 'consent-notice');
    return notices.flatMap((e) => (matches(e, 'iframe, frame') ? [e] : [...querySelectorAllIn(e, 'iframe, frame')]));
  }

  /** Hides one element (marks it with the removal kind); whether it was hidden now. */
  hide(e, kind) {
    if (hasAttribute(e, HIDDEN_ATTR)) return false;
    setAttribute(e, HIDDEN_ATTR, kind);
    this.hidden.add(e);
    return true;
  }

  /** Brings back one element hidden by this journal. */
  show(e) {
    if (!this.hidden.delete(e)) return false;
    removeAttribute(e, HIDDEN_ATTR);
    return true;
  }

  close(e) {
    if (!e) return;
    if (e.localName === 'dialog' && e.open) {
      const how = matches(e, ':modal') ? 'modal' : 'dialog';
      e.close();
      this.closed.push({ el: e, how });
      setAttribute(e, CLOSED_ATTR, how);
    } else if (hasAttribute(e, 'popover') && matches(e, ':popover-open')) {
      e.hidePopover();
      this.closed.push({ el: e, how: 'popover' });
      setAttribute(e, CLOSED_ATTR, 'popover');
    }
  }

  unlock(u, el) {
    const targets = [[documentElement(this.doc), u.html], [body(this.doc), u.body]];
    for (const [e, props] of targets) {
      if (!e || !props.length) continue;
      let entry = this.styles.get(e);
      if (!entry) {
        entry = { original: getAttribute(e, 'style'), ours: null, props: new Map() };
        this.styles.set(e, entry);
        setAttribute(e, STYLE_ATTR, JSON.stringify(entry.original));
      }
      for (const [prop, value] of props) {
        if (!entry.props.has(prop)) {
          entry.props.set(prop, { value: inlineStyle(e).getPropertyValue(prop), priority: inlineStyle(e).getPropertyPriority(prop) });
        }
        inlineStyle(e).setProperty(prop, value, 'important');
      }
      entry.ours = getAttribute(e, 'style');
    }
    for (const [id, name] of u.attributes) {
      const e = el(id);
      if (!e || !hasAttribute(e, name)) continue;
      const value = getAttribute(e, name);
      this.attributes.push({ el: e, name, value });
      setAttribute(e, REMOVED_ATTR, JSON.stringify({ ...Object.fromEntries(removedFrom(e)), [name]: value }));
      removeAttribute(e, name);
    }
    if (u.restoreY != null) window.scrollTo(window.scrollX, u.restoreY);
  }

  /** Replaces Sourcelight's highlights with `list` (skipped where the API is missing). */
  highlight(list, nodes) {
    const texts = [];
    const registry = highlights();
    if (!registry) return texts;
    this.unhighlight();
    const source = new Highlight();
    const cue = new Highlight();
    this.ranges = [];
    for (const h of list) {
      const a = nodes[h.start.node];
      const b = nodes[h.end.node];
      if (!a || !b) continue;
      const range = new Range();
      try {
        range.setStart(a, h.start.offset);
        range.setEnd(b, h.end.offset);
      } catch {
        continue; // the page changed the text since it was read
      }
      (h.role === 'source' ? source : cue).add(range);
      this.ranges.push({ range, role: h.role, attribution: h.attribution });
      texts.push({ attribution: h.attribution, role: h.role, text: range.toString() });
    }
    const [sourceName, cueName] = highlightNames(this.style);
    registry.set(sourceName, source);
    registry.set(cueName, cue);
    this.highlighted = true;
    return texts;
  }

  /** Shows the current highlights in `style` ('background' or 'underline'). */
  restyle(style) {
    if (style === this.style) return;
    const registry = highlights();
    const old = highlightNames(this.style);
    this.style = style;
    if (!registry || !this.highlighted) return;
    const now = highlightNames(style);
    for (let i = 0; i < 2; i++) {
      const h = registry.get(old[i]);
      registry.delete(old[i]);
      if (h) registry.set(now[i], h);
    }
  }

  /**
   * Scrolls to the `occurrence`-th source highlight of `entity` (with `attributions`, the
   * report's) and flashes it for a moment; without motion when the reader prefers reduced motion.
   */
  flash(entity, occurrence, attributions) {
    const places = this.ranges.filter((r) => r.role === 'source' && attributions[r.attribution]?.entity === entity);
    const place = places[occurrence % Math.max(1, places.length)];
    if (!place) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    place.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    highlights()?.set(FLASH_HIGHLIGHT, new Highlight(place.range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => highlights()?.delete(FLASH_HIGHLIGHT), FLASH_MS);
  }

  unhighlight() {
    for (const name of ALL_HIGHLIGHTS) highlights()?.delete(name);
    this.ranges = [];
    this.highlighted = false;
  }

  /** Undoes everything, newest first: highlights, dialogs, attributes, styles, hidden elements. */
  undo() {
    this.unhighlight();
    this.undoUnlock();
    for (const e of this.hidden) removeAttribute(e, HIDDEN_ATTR);
    this.hidden.clear();
    // Elements hidden by a copy of this script that is gone (an extension update) or that the
    // page moved out of the journal's sight.
    for (const e of querySelectorAll(this.doc, `[${HIDDEN_ATTR}]`)) removeAttribute(e, HIDDEN_ATTR);
  }

  /** Opens again, newest first, the dialogs and popovers closed that `which(element)` picks. */
  reopen(which) {
    const now = this.closed.filter((c) => which(c.el));
    this.closed = this.closed.filter((c) => !which(c.el));
    for (const { el, how } of now.reverse()) {
      removeAttribute(el, CLOSED_ATTR);
      try {
        if (how === 'popover') el.showPopover();
        else if (!el.open) how === 'modal' ? el.showModal() : el.show();
      } catch {
        // Removed from the page meanwhile, or opened again by it.
      }
    }
  }

  /** Gives back what releasing a lock changed: dialogs, attributes, styles, newest first. */
  undoUnlock() {
    this.reopen(() => true);
    for (const { el, name, value } of this.attributes.splice(0).reverse()) {
      removeAttribute(el, REMOVED_ATTR);
      if (!hasAttribute(el, name)) setAttribute(el, name, value);
    }
    for (const [e, entry] of this.styles) restoreStyle(e, entry);
    this.styles.clear();
  }
}

/**
 * The attributions with each span's text as the page has it (`texts`, from `apply`): the engine's
 * strings cannot hold a lone surrogate; the page's text can, and the highlight shows the page's.
 */
export function withPageText(attributions, texts) {
  const out = attributions.map((a) => ({ ...a, cue: { ...a.cue }, source: a.source && { ...a.source } }));
  for (const { attribution, role, text } of texts) {
    const span = out[attribution]?.[role];
    if (span) span.text = text;
  }
  return out;
}

/**
 * How `el` was open before Sourcelight closed it, from CLOSED_ATTR; null where the marker does
 * not fit the element (a marker the page wrote itself, or an element the page opened again).
 */
function closedHow(el) {
  const how = getAttribute(el, CLOSED_ATTR);
  if (how === 'popover') return hasAttribute(el, 'popover') && !matches(el, ':popover-open') ? how : null;
  return (how === 'modal' || how === 'dialog') && localName(el) === 'dialog' && !el.open ? how : null;
}

/**
 * The `[name, value]` pairs REMOVED_ATTR holds on `el`: only shutter attributes with a string
 * value (a marker the page wrote itself gives nothing that could break an undo).
 */
function removedFrom(el) {
  const removed = hasAttribute(el, REMOVED_ATTR) ? parsed(getAttribute(el, REMOVED_ATTR)) : null;
  if (!removed || typeof removed !== 'object') return [];
  return Object.entries(removed).filter(([name, value]) => SHUTTERS.has(name) && typeof value === 'string');
}

/** `text` parsed as JSON; undefined where it is not JSON. */
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Puts an element's `style` attribute back as it was before our first change. */
function restoreStyle(e, { original, ours, props }) {
  removeAttribute(e, STYLE_ATTR);
  if (getAttribute(e, 'style') === ours) {
    putAttribute(e, 'style', original);
    return;
  }
  // The page changed the attribute since: take back only our properties.
  for (const [prop, { value, priority }] of props) {
    if (value) inlineStyle(e).setProperty(prop, value, priority);
    else inlineStyle(e).removeProperty(prop);
  }
  if (original === null && inlineStyle(e).length === 0) removeAttribute(e, 'style');
}
