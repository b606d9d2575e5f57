// Settings: which sites the reader turned Sourcelight off for, the elements they chose to see on
// a site, the highlight style, and the engine's options. Pure functions over a versioned,
// validated object; storage is read and written by the callers.
//
// The option names and defaults come from the engine (`src/engine/options.rs`, written into
// generated/rules.js by the build): there is no second list here.

import { DEFAULT_OPTIONS } from './generated/rules.js';

export const SCHEMA_VERSION = 2;
export const STORAGE_KEY = 'settings';

/** Options the reader can set in the options page (the engine's, minus per-page ones such as `lang`). */
export const READER_OPTIONS = Object.keys(DEFAULT_OPTIONS).filter((k) => typeof DEFAULT_OPTIONS[k] === 'boolean');

const defaultOptions = () => Object.fromEntries(READER_OPTIONS.map((k) => [k, DEFAULT_OPTIONS[k]]));

/** How highlights look: sources with a background and cues underlined, or underlines only. */
export const HIGHLIGHT_STYLES = ['background', 'underline'];

export const DEFAULTS = Object.freeze({
  schemaVersion: SCHEMA_VERSION, disabledSites: [], options: Object.freeze(defaultOptions()), keep: Object.freeze({}), highlightStyle: 'background',
});

/** A valid list of kept elements ({rule, signature} with non-empty strings), duplicates dropped. */
function cleanKept(list) {
  if (!Array.isArray(list)) return [];
  const seen = new Set();
  const out = [];
  for (const k of list) {
    if (!k || typeof k.rule !== 'string' || typeof k.signature !== 'string' || !k.rule || !k.signature) continue;
    const key = `${k.rule}\u0000${k.signature}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: k.rule, signature: k.signature });
  }
  return out;
}

/**
 * Settings as stored (any shape, possibly from an older version) → valid current settings.
 * Version 1 kept `rejectClick` beside the sites; unknown options and values of the wrong type
 * are dropped (the default stands).
 */
export function migrate(stored) {
  const s = stored !== null && typeof stored === 'object' ? stored : {};
  const sites = Array.isArray(s.disabledSites) ? s.disabledSites : [];
  const clean = [...new Set(sites.filter((x) => typeof x === 'string' && x.length > 0).map((x) => x.toLowerCase()))].sort();
  const given = { ...(s.rejectClick === true ? { rejectClick: true } : {}), ...(typeof s.options === 'object' && s.options ? s.options : {}) };
  const options = defaultOptions();
  for (const k of READER_OPTIONS) if (typeof given[k] === 'boolean') options[k] = given[k];
  const keep = {};
  if (s.keep && typeof s.keep === 'object' && !Array.isArray(s.keep)) {
    for (const [site, list] of Object.entries(s.keep)) {
      const kept = cleanKept(list);
      if (site && kept.length) keep[site.toLowerCase()] = kept;
    }
  }
  const highlightStyle = HIGHLIGHT_STYLES.includes(s.highlightStyle) ? s.highlightStyle : 'background';
  return { schemaVersion: SCHEMA_VERSION, disabledSites: clean, options, keep, highlightStyle };
}

/** The site key of a page: its host name, lowercase, without a leading "www.". */
export function siteOf(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Hosts of the extension stores, which browsers keep closed to extensions. */
const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * Why Sourcelight cannot run on a page, or null when it can: 'browser' (the browser's own pages,
 * files, extension pages), 'store' (the extension stores), 'pdf' (the PDF viewer).
 */
export function unsupportedReason(url) {
  const site = siteOf(url);
  if (!site) return 'browser';
  if (STORES.includes(site)) return 'store';
  if (/\.pdf($|[?#])/i.test(new URL(url).pathname)) return 'pdf';
  return null;
}

/** The host and its parent domains, most specific first ("a.b.example.com" → …, "example.com"). */
function domainsOf(host) {
  const h = host.toLowerCase().replace(/^www\./, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return [h];
  const labels = h.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** Whether Sourcelight is on for `host`: on unless the host, or a parent domain, is turned off. */
export function isEnabledFor(host, settings) {
  if (!host) return false;
  const off = new Set(settings.disabledSites);
  return !domainsOf(host).some((d) => off.has(d));
}

/** The settings with `site` turned `on` (also lifting a switch-off of a parent domain) or off. */
export function withSite(settings, site, on) {
  const sites = new Set(settings.disabledSites);
  if (on) for (const d of domainsOf(site)) sites.delete(d);
  else sites.add(site);
  return migrate({ ...settings, disabledSites: [...sites] });
}

/** The settings with option `name` set to `value`. */
export function withOption(settings, name, value) {
  return migrate({ ...settings, options: { ...settings.options, [name]: value } });
}

/** The settings with element `kept` ({rule, signature}) kept shown on `site`, or hidden again. */
export function withKept(settings, site, kept, keep) {
  const list = (settings.keep[site] ?? []).filter((k) => k.rule !== kept.rule || k.signature !== kept.signature);
  if (keep) list.push(kept);
  return migrate({ ...settings, keep: { ...settings.keep, [site]: list } });
}

/** The settings with the highlight style set. */
export function withHighlightStyle(settings, style) {
  return migrate({ ...settings, highlightStyle: style });
}

/** The engine's options for a page of `site` (`new Run(…, {options})`). */
export function engineOptions(settings, site) {
  return { ...settings.options, keep: settings.keep[site] ?? [] };
}

/**
 * Settings from an exported file's text: the parsed and migrated settings, or an error that says
 * what is wrong (the caller then changes nothing).
 */
export function fromExport(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'not an object' };
  if (data.schemaVersion !== undefined && (!Number.isInteger(data.schemaVersion) || data.schemaVersion > SCHEMA_VERSION)) {
    return { error: `unknown schema version ${JSON.stringify(data.schemaVersion)}` };
  }
  const known = ['schemaVersion', 'disabledSites', 'options', 'keep', 'highlightStyle', 'rejectClick'];
  const unknown = Object.keys(data).filter((k) => !known.includes(k));
  if (unknown.length) return { error: `unknown keys: ${unknown.join(', ')}` };
  return { settings: migrate(data) };
}
