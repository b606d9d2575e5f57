// Sourcelight in a sub-frame, from document_start: the little that every frame pays. Most
// sub-frames are ads and widgets with nothing worth reading, and a page may have dozens: each
// would compile and start the whole content script (content.js) for nothing. This waits until
// the frame holds something worth reading (consent markers or words, or article text), or shows
// a notice frame of its own, and only then asks the background to load content.js into it.
// The top frame gets content.js at once (manifest), and this does nothing there.

import { api } from '../browser.js';
import * as M from '../messages.js';
import { CAUGHT, noticeFrameMessage, whenWorthReading } from './frames.js';

if (window !== window.top && !globalThis.__sourcelight) {
  let asked = false;
  const load = () => {
    if (asked || globalThis.__sourcelight) return;
    asked = true;
    api.runtime.sendMessage({ type: M.LOAD_FRAME }).catch(() => {});
  };
  // A notice frame among this frame's own frames posts its message once: caught here, from
  // document_start (before any page script can listen), and kept for content.js to claim.
  const caught = (globalThis[CAUGHT] = []);
  const onMessage = (event) => {
    if (globalThis.__sourcelight) return window.removeEventListener('message', onMessage, true); // content.js listens now
    const found = noticeFrameMessage(event);
    if (!found) return;
    event.stopImmediatePropagation();
    caught.push(found);
    load();
  };
  window.addEventListener('message', onMessage, true);
  whenWorthReading(load);
}
