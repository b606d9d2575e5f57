// Frames. A sub-frame is read only once it holds something worth reading (whenWorthReading), so
// that ad frames by the dozen cost next to nothing.
//
// Consent notices in frames: a CMP's notice is often its own cross-origin frame, sometimes inside
// another frame. The frame's own content script finds that its document is a notice; the
// <iframe> element that shows it lives in the parent document, whose content script must hide it.
//
//   notice frame ──NOTICE_FRAME──► background ──TOKEN t──► notice frame
//   notice frame ──window.parent.postMessage({FRAME_MESSAGE: t})──► parent frame
//   parent frame ──CLAIM_FRAME t──► background ──CLAIMED ok──► parent frame: hide that <iframe>
//
// A page script cannot forge this: it never sees a token before it is used (the parent's listener
// is registered at document_start, before any page script, and runs first), it cannot make a
// trusted message event come from a frame it does not control, and the background honours each
// token once, only for a frame of the same tab that the engine itself judged a notice.

import { FRAME_MESSAGE } from '../messages.js';
import { CONSENT_TRIGGERS, CMP_SELECTOR } from '../generated/rules.js';

/** A sub-frame with more text than this may be an article: it is read. */
const FRAME_ARTICLE_CHARS = 2000;
/** A sub-frame with consent words and at most this much text may be a notice: it is read. */
const FRAME_NOTICE_CHARS = 20000;
/** A sub-frame not worth reading is checked again on changes, at most this many times. */
const FRAME_CHECKS = 20;
/** Changes are looked at this long after they happen (a CMP renders its frame in steps). */
const FRAME_CHECK_DELAY_MS = 300;

/** Runs `then` once the DOM is ready. */
export function domReady(then) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

/**
 * Runs `then` once this sub-frame holds something worth reading, checked when the DOM is ready
 * and again on changes, a bounded number of times. Until then the frame costs nothing more: no
 * port, no read (ad frames by the dozen). Returns a function that stops waiting.
 */
export function whenWorthReading(then) {
  let observer = null;
  let timer = 0;
  let checks = 0;
  domReady(() => {
    if (worthReading()) return then();
    observer = new MutationObserver(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = 0;
        checks += 1;
        if (worthReading()) {
          observer.disconnect();
          then();
        } else if (checks >= FRAME_CHECKS) {
          observer.disconnect();
        }
      }, FRAME_CHECK_DELAY_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
  return () => {
    observer?.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Runs `then` now, or, when this sub-frame's own `<iframe>` element hides it by its inline style
 * (see `hiddenByItsElement`), once the frame is shown: a shown frame gets a resize event (Chrome
 * and Firefox), from 0×0 to its size. A hidden frame cannot show a notice or an article, and pages
 * have many: tracking and messaging frames, 59 of the 142 frames without an http(s) address in
 * the markup of the 130 test pages. Each now costs 0.2 ms instead of 0.7 (median; the check and
 * its observer were most of it: `SL_BENCH_ONLY=frames node tests/e2e/bench.mjs`).
 */
export function whenShown(then) {
  if (!hiddenByItsElement()) return then();
  const onResize = () => {
    if (innerWidth === 0 || innerHeight === 0) return;
    removeEventListener('resize', onResize);
    then();
  };
  addEventListener('resize', onResize);
}

/**
 * Whether this sub-frame's `<iframe>` element hides it by its style attribute: `display: none`,
 * or a zero width or height (only an `!important` page rule could override that). Only a frame of
 * its parent's origin sees its element, and only those run on the page's own thread. The style
 * attribute only: asking the frame's size (`innerWidth`) would lay out the half-parsed parent
 * page, once per frame.
 */
function hiddenByItsElement() {
  const style = window.frameElement?.style;
  if (!style) return false;
  return style.display === 'none' || style.width === '0px' || style.height === '0px';
}

/** Whether a sub-frame holds consent markers, consent words in a short text, or article text. */
function worthReading() {
  const text = document.body?.textContent ?? '';
  if (text.length > FRAME_ARTICLE_CHARS) return true;
  if (CMP_SELECTOR && document.querySelector(CMP_SELECTOR)) return true;
  if (text.length > FRAME_NOTICE_CHARS) return false;
  const lower = text.toLowerCase();
  return CONSENT_TRIGGERS.some((t) => lower.includes(t));
}

/**
 * Listens, from document_start, for notice frames among this document's frames. `claim(token)`
 * asks the background (a promise of true/false); `found(iframe)` gets each confirmed frame.
 * Returns a function that stops listening.
 */
export function listenForNoticeFrames(claim, found) {
  const take = ({ token, frame }) => claim(token).then((ok) => ok && found(frame), () => {});
  // What a sub-frame's small script (frame.js) caught before this script was loaded.
  for (const caught of globalThis[CAUGHT]?.splice(0) ?? []) take(caught);
  const onMessage = (event) => {
    const caught = noticeFrameMessage(event);
    if (!caught) return;
    event.stopImmediatePropagation();
    take(caught);
  };
  window.addEventListener('message', onMessage, true);
  return () => window.removeEventListener('message', onMessage, true);
}

/** Where frame.js keeps the notice-frame messages it caught ({token, frame}) for this script. */
export const CAUGHT = '__sourcelightCaughtFrames';

/** `{token, frame}` when `event` is a notice frame's message from one of this document's frames. */
export function noticeFrameMessage(event) {
  const token = event.data?.[FRAME_MESSAGE];
  if (!event.isTrusted || typeof token !== 'string' || !event.source) return null;
  const frame = [...document.querySelectorAll('iframe, frame')].find((f) => f.contentWindow === event.source);
  return frame ? { token, frame } : null; // (null: not one of this document's frames)
}

/** Tells the parent frame that this frame is a notice, with a token from the background. */
export function tellParent(token) {
  window.parent.postMessage({ [FRAME_MESSAGE]: token }, '*');
}
