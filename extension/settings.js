// Settings: which sites the reader turned Sourcelight off for, and the engine's options. Pure
// functions over a versioned, validated object; storage is read and written by the callers.
//
// The option names and defaults come from the engine (`src/engine/options.rs`, written into
// generated/rules.js by the build): there is no second list here.

import { DEFAULT_OPTIONS } from './generated/rules.js';

export const SCHEMA_VERSION = 2;
export const STORAGE_KEY = 'settings';

/** Options the reader can set in the options page (the engine's, minus per-page ones such as `lang`). */
export const READER_OPTIONS = Object.keys(DEFAULT_OPTIONS).filter((k) => typeof DEFAULT_OPTIONS[k] === 'boolean');

const defaultOptions = () => Object.fromEntries(READER_OPTIONS.map((k) => [k, DEFAULT_OPTIONS[k]]));

export const DEFAULTS = Object.freeze({ schemaVersion: SCHEMA_VERSION, disabledSites: [], options: Object.freeze(defaultOptions()) });

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
  return { schemaVersion: SCHEMA_VERSION, disabledSites: clean, options };
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

/** The engine's options for a page (`new Run(…, {options})`). */
export function engineOptions(settings) {
  return { ...settings.options };
}
