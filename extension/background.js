// Background (Chrome: service worker; Firefox: event page). Owns the per-site switch:
//
//   toolbar click ─► toggleTab(tab) ─► storage.local settings ─► content scripts (storage.onChanged)
//                                   └► badge of every tab ("ON" / "OFF")
//
// No state lives here between events: everything is in storage. No network requests.

import { api, isFirefox } from './browser.js';
import * as M from './messages.js';
import { STORAGE_KEY, isEnabledFor, migrate, siteOf, withSite } from './settings.js';

const BADGE = { on: { text: 'ON', color: '#2e7d32' }, off: { text: 'OFF', color: '#757575' } };

async function loadSettings() {
  const got = await api.storage.local.get(STORAGE_KEY);
  return migrate(got[STORAGE_KEY]);
}

/** Shows the state of the tab's site on its badge (nothing for pages Sourcelight cannot run on). */
async function updateBadge(tabId, url, settings) {
  const site = siteOf(url ?? '');
  try {
    if (!site) {
      await api.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const state = isEnabledFor(site, settings ?? (await loadSettings())) ? BADGE.on : BADGE.off;
    await api.action.setBadgeText({ tabId, text: state.text });
    await api.action.setBadgeBackgroundColor({ tabId, color: state.color });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Turns Sourcelight off or on for the site of `tab`: the toolbar click and its message. */
async function toggleTab(tab) {
  const site = siteOf(tab?.url ?? '');
  if (!site) return;
  const settings = await loadSettings();
  const on = !isEnabledFor(site, settings);
  if (on && isFirefox) {
    // Firefox lets the reader withdraw host access; ask again on the click (a user gesture).
    const origins = [`${new URL(tab.url).origin}/*`];
    if (!(await api.permissions.contains({ origins })) && !(await api.permissions.request({ origins }))) return;
  }
  const next = withSite(settings, site, on);
  await api.storage.local.set({ [STORAGE_KEY]: next });
  const tabs = await api.tabs.query({});
  await Promise.all(tabs.map((t) => updateBadge(t.id, t.url, next)));
}

api.action.onClicked.addListener((tab) => {
  toggleTab(tab).catch((e) => console.error('Sourcelight: could not toggle the site:', e));
});

api.tabs.onActivated.addListener(({ tabId }) => {
  api.tabs.get(tabId).then((t) => updateBadge(t.id, t.url)).catch(() => {});
});

api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url || change.status === 'loading') updateBadge(tabId, tab.url);
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only the extension's own pages may toggle; content scripts (page URLs) may not.
  const fromExtensionPage = sender.id === api.runtime.id && (sender.url ?? '').startsWith(api.runtime.getURL(''));
  if (M.is(msg, M.TOGGLE_TAB) && fromExtensionPage) {
    api.tabs.get(msg.tabId).then(toggleTab).then(() => sendResponse(true), (e) => sendResponse(String(e)));
    return true;
  }
  // A frame asks whether its tab's site is on (it cannot see the top page's address).
  if (M.is(msg, M.SITE_STATE) && sender.tab) {
    loadSettings().then((s) => sendResponse({ on: isEnabledFor(siteOf(sender.tab.url ?? ''), s) }));
    return true;
  }
  // A content script started or switched: refresh its tab's badge (the worker may have missed
  // the tab's own events while it was starting).
  if (M.is(msg, M.PAGE_STATE) && sender.tab && sender.frameId === 0) {
    updateBadge(sender.tab.id, sender.tab.url);
  }
  return false;
});
