// Message kinds, named by direction (sender → receiver). A typo fails here, at the definition,
// not in a bare string somewhere else.
//   CS: content script, BG: background, UI: extension pages (popup, options, tests).

/** UI → CS (and tests → CS): "send me this page's Report". Answered with the Report or null. */
export const REPORT = 'sourcelight:report';
/** UI → BG: "toggle the site of this tab" ({tabId}); the same path as a toolbar click. */
export const TOGGLE_TAB = 'sourcelight:toggle-tab';
/** CS → BG: "this page turned on or off" ({on}): the background refreshes the tab's badge. */
export const PAGE_STATE = 'sourcelight:page-state';

/** CS (a frame) → BG: "is Sourcelight on for the site of my tab?" Answered with {on}. */
export const SITE_STATE = 'sourcelight:site-state';

export const report = () => ({ type: REPORT });
export const siteState = () => ({ type: SITE_STATE });
export const toggleTab = (tabId) => ({ type: TOGGLE_TAB, tabId });
export const pageState = (on) => ({ type: PAGE_STATE, on });

/** Whether `m` is a message of kind `type`. */
export const is = (m, type) => m !== null && typeof m === 'object' && m.type === type;
