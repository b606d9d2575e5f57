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

/**
 * Listens, from document_start, for notice frames among this document's frames. `claim(token)`
 * asks the background (a promise of true/false); `found(iframe)` gets each confirmed frame.
 * Returns a function that stops listening.
 */
export function listenForNoticeFrames(claim, found) {
  const onMessage = (event) => {
    const token = event.data?.[FRAME_MESSAGE];
    if (!event.isTrusted || typeof token !== 'string' || !event.source) return;
    const frame = [...document.querySelectorAll('iframe, frame')].find((f) => f.contentWindow === event.source);
    if (!frame) return; // not one of this document's frames
    event.stopImmediatePropagation();
    claim(token).then((ok) => ok && found(frame), () => {});
  };
  window.addEventListener('message', onMessage, true);
  return () => window.removeEventListener('message', onMessage, true);
}

/** Tells the parent frame that this frame is a notice, with a token from the background. */
export function tellParent(token) {
  window.parent.postMessage({ [FRAME_MESSAGE]: token }, '*');
}
