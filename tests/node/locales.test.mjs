// The extension's strings: every language has every message, with the same placeholders, and
// every message the code asks for exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const EXT = new URL('../../extension/', import.meta.url).pathname;
const read = (lang) => JSON.parse(fs.readFileSync(path.join(EXT, '_locales', lang, 'messages.json'), 'utf8'));
const LANGS = fs.readdirSync(path.join(EXT, '_locales'));

test('every language has every message with the same placeholders', () => {
  const en = read('en');
  assert.ok(LANGS.includes('de') && LANGS.includes('fr'));
  for (const lang of LANGS) {
    const m = read(lang);
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), lang);
    for (const [k, v] of Object.entries(en)) {
      assert.deepEqual(Object.keys(v.placeholders ?? {}), Object.keys(m[k].placeholders ?? {}), `${lang}: ${k}`);
      for (const p of Object.keys(v.placeholders ?? {})) assert.ok(m[k].message.includes(`$${p.toUpperCase()}$`), `${lang}: ${k} uses $${p}$`);
    }
  }
});

test('every message the code and the manifest name exists', () => {
  const en = read('en');
  const sources = ['popup.js', 'options.js', 'options.html', 'content/tooltip.js', 'manifest.template.json'].map((f) => fs.readFileSync(path.join(EXT, f), 'utf8')).join('\n');
  const named = new Set([...sources.matchAll(/(?:\bt\('|data-i18n="|__MSG_)([A-Za-z]\w*?)(?=__|["'])/g)].map((m) => m[1]));
  for (const k of named) assert.ok(k in en, `missing message ${k}`);
  // Kinds and source kinds are asked for by name.
  for (const kind of ['consent_notice', 'consent_backdrop', 'placeholder_text', 'empty_widget', 'zero_counter', 'empty_ad_slot', 'empty_share_bar']) {
    assert.ok(`kind_${kind}` in en && `why_${kind}` in en, kind);
  }
});
