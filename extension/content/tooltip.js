// The tooltip over a highlighted source or cue: "source of 'said': A U.S. official · anonymous",
// with the partner span emphasised. The Highlight API has no events, so the pointer's position is
// turned into a text position (caretPositionFromPoint, or caretRangeFromPoint) and looked up among
// the highlighted ranges; the caret (keyboard, caret browsing) is followed through selectionchange.
//
// The tooltip lives in a closed shadow root of its own element (<sourcelight-tooltip>, which the
// page walk skips), fixed over the page: no layout shift, page styles do not reach it, and its
// text is set as text, never as HTML. It is removed with everything else on undo.

import { api } from '../browser.js';
import { PARTNER_HIGHLIGHT } from './apply.js';

const TAG = 'sourcelight-tooltip';
const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;

export class Tooltip {
  /** `lookup()` gives {ranges, attributions}: the applied highlights and the report's attributions. */
  constructor(lookup) {
    this.lookup = lookup;
    this.host = null;
    this.box = null;
    this.current = null;
    this.frame = 0;
    this.onPointer = (e) => {
      if (this.frame) return;
      const { clientX: x, clientY: y } = e;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.showAt(positionAt(x, y), x, y);
      });
    };
    this.onSelection = () => {
      const s = document.getSelection();
      if (!s || !s.isCollapsed || !s.rangeCount) return;
      const rect = s.getRangeAt(0).getBoundingClientRect();
      this.showAt({ node: s.anchorNode, offset: s.anchorOffset }, rect.left, rect.bottom);
    };
  }

  start() {
    document.addEventListener('pointermove', this.onPointer, { passive: true });
    document.addEventListener('selectionchange', this.onSelection);
  }

  stop() {
    document.removeEventListener('pointermove', this.onPointer);
    document.removeEventListener('selectionchange', this.onSelection);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.hide();
    this.host?.remove();
    this.host = null;
  }

  showAt(pos, x, y) {
    const hit = pos && this.find(pos);
    if (!hit) return this.hide();
    if (this.current !== hit) {
      this.current = hit;
      this.box ??= this.mount();
      this.text = describe(hit, this.lookup().attributions);
      this.box.textContent = this.text;
      const partner = this.lookup().ranges.find((r) => r.attribution === hit.attribution && r.role !== hit.role);
      if (partner) globalThis.CSS?.highlights?.set(PARTNER_HIGHLIGHT, new Highlight(partner.range));
      else globalThis.CSS?.highlights?.delete(PARTNER_HIGHLIGHT);
    }
    const left = Math.min(x + 12, window.innerWidth - 320);
    this.host.style.setProperty('left', `${Math.max(0, left)}px`, 'important');
    this.host.style.setProperty('top', `${Math.min(y + 16, window.innerHeight - 40)}px`, 'important');
    this.host.style.setProperty('display', 'block', 'important');
  }

  hide() {
    if (!this.current) return;
    this.current = null;
    this.host?.style.setProperty('display', 'none', 'important');
    globalThis.CSS?.highlights?.delete(PARTNER_HIGHLIGHT);
  }

  /** The highlighted range that holds a text position, if any. */
  find({ node, offset }) {
    for (const r of this.lookup().ranges) {
      try {
        if (r.range.isPointInRange(node, offset) && !(r.range.endContainer === node && r.range.endOffset === offset)) return r;
      } catch {
        // a node of another document or a doctype
      }
    }
    return null;
  }

  mount() {
    this.host = document.createElement(TAG);
    this.host.style.cssText = 'all: initial !important; position: fixed !important; z-index: 2147483647 !important; pointer-events: none !important; display: none !important;';
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `div { max-width: 300px; padding: 4px 8px; border-radius: 4px; font: 13px/1.4 system-ui, "DejaVu Sans", sans-serif;
      background: #1d1d1d; color: #fafafa; box-shadow: 0 2px 8px rgba(0,0,0,.35); }
      @media (forced-colors: active) { div { border: 1px solid CanvasText; background: Canvas; color: CanvasText; } }`;
    const box = document.createElement('div');
    box.setAttribute('role', 'tooltip');
    root.append(style, box);
    document.documentElement.append(this.host);
    return box;
  }
}

/** The text position under a point of the viewport. */
function positionAt(x, y) {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r && { node: r.startContainer, offset: r.startOffset };
}

/** "source of 'said': A U.S. official · anonymous", or "cue of A U.S. official · anonymous". */
function describe(hit, attributions) {
  const a = attributions[hit.attribution];
  if (!a) return '';
  const kind = t(`sk_${a.sourceKind}`);
  if (hit.role === 'source') return t('tooltipSource', a.cue.text, a.source?.text ?? '', kind);
  return a.source ? t('tooltipCue', a.source.text, kind) : t('tooltipNoSource');
}
