// Settings: which sites the reader turned Sourcelight off for, and whether it may click "reject"
// on consent notices. Pure functions over a versioned, validated object; storage is read and
// written by the callers.

export const SCHEMA_VERSION = 1;
export const STORAGE_KEY = 'settings';
export const DEFAULTS = Object.freeze({ schemaVersion: SCHEMA_VERSION, disabledSites: [], rejectClick: false });

/** Settings as stored (any shape, possibly from an older version) → valid current settings. */
export function migrate(stored) {
  if (stored === null || typeof stored !== 'object') return { ...DEFAULTS, disabledSites: [] };
  const sites = Array.isArray(stored.disabledSites) ? stored.disabledSites : [];
  const clean = [...new Set(sites.filter((s) => typeof s === 'string' && s.length > 0).map((s) => s.toLowerCase()))].sort();
  return { schemaVersion: SCHEMA_VERSION, disabledSites: clean, rejectClick: stored.rejectClick === true };
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
