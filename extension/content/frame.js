// Sourcelight in a sub-frame, from document_start: the little that every frame pays. Most
// sub-frames are ads and widgets with nothing worth reading, and a page may have dozens: each
// would compile and start the whole content script (content.js) for nothing. This waits until
// the frame holds something worth reading (consent markers or words, or article text), or shows
// a notice frame of its own, and only then asks the background to load content.js into it.
// The top frame gets content.js at once (manifest), and this does nothing there.
// After an update, the background puts this into the frames of open tabs again: the copies from
// before (this script or content.js, left in the same world) must not stand in its way.

import { api, contextValid } from '../browser.js';
import * as M from '../messages.js';
import { CAUGHT, noticeFrameMessage, whenShown, whenWorthReading } from './frames.js';

/** Whether content.js runs in this frame (a copy left by an update is no longer alive). */
const running = () => globalThis.__sourcelight?.alive;

if (window !== window.top && !running()) {
  let asked = false;
  const load = () => {
    if (asked || running() || !contextValid()) return;
    asked = true;
    api.runtime.sendMessage({ type: M.LOAD_FRAME }).catch(() => {});
  };
  // A notice frame among this frame's own frames posts its message once: caught here, from
  // document_start (before any page script can listen), and kept for content.js to claim.
  const caught = (globalThis[CAUGHT] = []);
  const onMessage = (event) => {
    // content.js listens now, or an update left this copy behind: either way, stand aside.
    if (running() || !contextValid()) return window.removeEventListener('message', onMessage, true);
    const found = noticeFrameMessage(event);
    if (!found) return;
    event.stopImmediatePropagation();
    caught.push(found);
    load();
  };
  window.addEventListener('message', onMessage, true);
  whenShown(() => whenWorthReading(load));
}
