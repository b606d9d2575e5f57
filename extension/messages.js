// Message kinds, one table, named by direction (sender → receiver). A typo fails here, at the
// definition, not in a bare string somewhere else. The test probes read their strings from here.
//
//   CS: content script (every frame)   BG: background   UI: popup, options, tests
//
// Content scripts talk to the background over one runtime Port per frame (name PORT): the
// background knows each sender's tab and frame id from the port, so no page can forge them.
//
//   CS ──HELLO──────────────► BG     ◄── SETTINGS {on, options, site, style}  (again after storage changes)
//   CS ──RUN {id, packed, request}──► BG  ──NEED_LAYOUT {id, need}──► CS ──LAYOUT {id, answers}──► BG …
//                                    BG  ──OUTCOME {id, outcome, session} | FAILED {id, error}──► CS
//   CS ──RULES {selectors}──► BG (a stylesheet hides notices that keep coming back; [] removes it)
//   CS ──NOTICE_FRAME──► BG ──TOKEN {token}──► CS, which posts FRAME_MESSAGE {token} to its parent
//   CS (parent) ──CLAIM_FRAME {token}──► BG ──CLAIMED {token, ok}──► CS
//   CS ──REPORT {report}──► BG (for the popup)
//
// A sub-frame starts with a small script (frame.js); when the frame is worth reading it asks the
// background, in a runtime message, to load the content script into it:
//
//   frame.js ──LOAD_FRAME──► BG ──scripting.executeScript(content.js, that frame)
//
// The popup asks the background for the tab's state (TAB_STATE), toggles the site (TOGGLE_TAB),
// keeps or hides again one element (KEEP), and asks a frame to show a source (FLASH).

export const PORT = 'sourcelight';

// CS → BG, on the port
export const HELLO = 'cs-bg:hello';
export const RUN = 'cs-bg:run';
export const LAYOUT = 'cs-bg:layout';
export const RULES = 'cs-bg:rules';
export const NOTICE_FRAME = 'cs-bg:notice-frame';
export const CLAIM_FRAME = 'cs-bg:claim-frame';
export const REPORT = 'cs-bg:report';

// frame.js → BG, a runtime message (the sender's tab and frame come from the browser)
export const LOAD_FRAME = 'cs-bg:load-frame';

// BG → CS, on the port
export const SETTINGS = 'bg-cs:settings';
export const NEED_LAYOUT = 'bg-cs:need-layout';
export const OUTCOME = 'bg-cs:outcome';
export const FAILED = 'bg-cs:failed';
export const TOKEN = 'bg-cs:token';
export const CLAIMED = 'bg-cs:claimed';

// UI → BG, runtime messages (only the extension's own pages may send them)
/** "toggle the site of this tab" ({tabId}); the same path as the keyboard shortcut. */
export const TOGGLE_TAB = 'ui-bg:toggle-tab';
/**
 * "what did Sourcelight do in this tab?" ({tabId}) → {url, site, on, unsupported, shortcut,
 * style, kept: [{rule, signature}], frames: {[frameId]: Report}}.
 */
export const TAB_STATE = 'ui-bg:tab-state';
/** "keep this element shown on its site" or, with keep: false, "hide it again" ({site, rule, signature, keep}). */
export const KEEP = 'ui-bg:keep';

// UI → CS, runtime messages to a tab
/** "send me this frame's Report" → the Report plus {on, runs, failed, engine}. */
export const PAGE_REPORT = 'ui-cs:report';
/** "scroll to and flash the `occurrence`-th place where source `entity` is quoted" ({entity, occurrence}). */
export const FLASH = 'ui-cs:flash';

/** The key of the window message a notice frame posts to its parent ({[FRAME_MESSAGE]: token}). */
export const FRAME_MESSAGE = 'sourcelight-notice-frame';

export const hello = () => ({ type: HELLO });
export const run = (id, packed, request) => ({ type: RUN, id, packed, request });
export const layout = (id, answers) => ({ type: LAYOUT, id, answers });
export const rules = (selectors) => ({ type: RULES, selectors });
export const noticeFrame = () => ({ type: NOTICE_FRAME });
export const claimFrame = (token) => ({ type: CLAIM_FRAME, token });
export const report = (rep) => ({ type: REPORT, report: rep });
export const toggleTab = (tabId) => ({ type: TOGGLE_TAB, tabId });
export const tabState = (tabId) => ({ type: TAB_STATE, tabId });
export const pageReport = () => ({ type: PAGE_REPORT });
export const keep = (site, rule, signature, keepIt) => ({ type: KEEP, site, rule, signature, keep: keepIt });
export const flash = (entity, occurrence) => ({ type: FLASH, entity, occurrence });

/** Whether `m` is a message of kind `type`. */
export const is = (m, type) => m !== null && typeof m === 'object' && m.type === type;
