// Unit tests of the extension's per-site settings (pure functions; no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, engineOptions, fromExport, isEnabledFor, migrate, siteOf, unsupportedReason, withKept, withOption, withSite } from '../../extension/settings.js';
import { DEFAULT_OPTIONS } from '../../extension/generated/rules.js';

test('a site is on until the reader turns it off', () => {
  assert.equal(isEnabledFor('news.example.com', DEFAULTS), true);
  const off = withSite(DEFAULTS, 'news.example.com', false);
  assert.equal(isEnabledFor('news.example.com', off), false);
  assert.equal(isEnabledFor('www.news.example.com', off), false, 'www. is the same site');
  assert.equal(isEnabledFor('live.news.example.com', off), false, 'subdomains follow their parent');
  assert.equal(isEnabledFor('example.com', off), true, 'the parent is not affected');
  assert.equal(isEnabledFor('other.org', off), true);
});

test('turning a subdomain on lifts a switch-off of its parent', () => {
  const off = withSite(DEFAULTS, 'example.com', false);
  const on = withSite(off, 'news.example.com', true);
  assert.equal(isEnabledFor('news.example.com', on), true);
  assert.deepEqual(on.disabledSites, []);
});

test('addresses and hosts without dots are their own site', () => {
  const off = withSite(DEFAULTS, '127.0.0.1', false);
  assert.equal(isEnabledFor('127.0.0.1', off), false);
  assert.equal(isEnabledFor('0.0.1', off), true);
  assert.equal(isEnabledFor('localhost', withSite(DEFAULTS, 'localhost', false)), false);
});

test('stored settings of any shape are migrated to valid ones', () => {
  const options = { consent: true, placeholders: true, attribution: true, rejectClick: false };
  const empty = { schemaVersion: 2, disabledSites: [], options, keep: {}, highlightStyle: 'background' };
  assert.deepEqual(migrate(undefined), empty);
  assert.deepEqual(migrate('junk'), empty);
  assert.deepEqual(migrate({ disabledSites: ['B.com', 'a.com', 'a.com', 7, ''] }), { ...empty, disabledSites: ['a.com', 'b.com'] });
  assert.deepEqual(migrate({ keep: { 'A.com': [{ rule: 'r', signature: 's' }, { rule: 'r', signature: 's' }, { rule: 1 }], b: 'x' } }).keep, { 'a.com': [{ rule: 'r', signature: 's' }] });
  assert.equal(migrate({ highlightStyle: 'neon' }).highlightStyle, 'background');
  // Version 1 kept rejectClick beside the sites.
  assert.deepEqual(migrate({ schemaVersion: 1, disabledSites: [], rejectClick: true }).options, { ...options, rejectClick: true });
  // Unknown options and values of the wrong type are dropped.
  assert.deepEqual(migrate({ options: { attribution: false, consent: 'no', colour: true } }).options, { ...options, attribution: false });
});

test('the options are the engine\'s own, with its defaults', () => {
  // The reader sets the engine's switches; per-page options (lang, keep) come from elsewhere.
  assert.deepEqual(Object.keys(DEFAULTS.options).sort(), Object.keys(DEFAULT_OPTIONS).filter((k) => typeof DEFAULT_OPTIONS[k] === 'boolean').sort());
  assert.deepEqual(engineOptions(withOption(DEFAULTS, 'placeholders', false), 'a.com').placeholders, false);
});

test('elements kept on a site go to the engine as its keep option, and can be hidden again', () => {
  const kept = { rule: 'placeholder:empty-widget', signature: 'aside:Related posts' };
  const s = withKept(DEFAULTS, 'news.example', kept, true);
  assert.deepEqual(engineOptions(s, 'news.example').keep, [kept]);
  assert.deepEqual(engineOptions(s, 'other.example').keep, []);
  assert.deepEqual(engineOptions(withKept(s, 'news.example', kept, false), 'news.example').keep, []);
});

test('an exported file is read back, and a malformed one is refused with a reason', () => {
  const s = withSite(withOption(DEFAULTS, 'attribution', false), 'a.com', false);
  assert.deepEqual(fromExport(JSON.stringify(s)).settings, s);
  assert.equal(fromExport('{').error, 'not JSON');
  assert.equal(fromExport('[1]').error, 'not an object');
  assert.equal(fromExport('{"schemaVersion": 9}').error, 'unknown schema version 9');
  assert.equal(fromExport('{"colour": "red"}').error, 'unknown keys: colour');
});

test('pages Sourcelight cannot run on say why', () => {
  assert.equal(unsupportedReason('https://news.example/a'), null);
  assert.equal(unsupportedReason('chrome://extensions/'), 'browser');
  assert.equal(unsupportedReason('about:addons'), 'browser');
  assert.equal(unsupportedReason('https://addons.mozilla.org/en-US/firefox/'), 'store');
  assert.equal(unsupportedReason('https://chromewebstore.google.com/detail/x'), 'store');
  assert.equal(unsupportedReason('https://example.org/report.pdf'), 'pdf');
});

test('site keys come from http(s) URLs only', () => {
  assert.equal(siteOf('https://www.Example.com/a?b'), 'example.com');
  assert.equal(siteOf('http://127.0.0.1:8080/x'), '127.0.0.1');
  assert.equal(siteOf('chrome://extensions'), null);
  assert.equal(siteOf('not a url'), null);
});
