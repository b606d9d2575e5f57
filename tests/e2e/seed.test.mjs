// The seed page in Chromium and Firefox with the built extension: cleaned, highlighted, and
// restored exactly when the reader turns Sourcelight off for the site (and back on, no reload).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, WWW } from './lib/server.mjs';
import { readerScrolls, waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const SEED = path.resolve(ROOT, '../shared/seed/news-page-with-clutter.txt');
const hasSeed = fs.existsSync(path.join(WWW, 'seed.html'));

/** The article paragraphs of the seed, as the reader sees them. */
function seedParagraphs() {
  const lines = fs.readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(4, lines.indexOf('TYT Newsroom'));
}

const CLUTTER = [
  ['zero-counter', '0 comment'],
  ['empty-widget', 'You may also like'],
  ['consent-notice', "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept"],
  ['placeholder-text', 'Our Company Lorem ipsum dolor sit amet, consect etur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis.'],
  ['empty-widget', 'Newsletter'],
  ['empty-widget', 'Laest News'],
];

const ATTRIBUTIONS = [
  ['A U.S. official', 'said'],
  ['White House national security adviser Jake Sullivan', 'warned'],
  ['he', 'said'],
  ['Russia', 'denied'],
  ['Dmitry Peskov, President Vladimir Putin’s spokesman', 'said'],
  ['Chinese state broadcaster CCTV', 'said'],
  ['the Financial Times and The Washington Post', 'was first reported by'],
];

browserSuite('seed page', (ctx) => {
  const seedUrl = () => `${ctx.server.url}/seed.html`;

  test('is cleaned and highlighted on load', async () => {
    const url = seedUrl();
    const page = await ctx.browser.open(url);
    const state = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length >= CLUTTER.length && s.cues.length > 0 && s;
    }, 15000, 'the engine to run');
    for (const [kind, text] of CLUTTER) {
      const el = state.hidden.find((h) => h.text === text);
      assert.ok(el, `not hidden: ${text}`);
      assert.equal(el.kind, kind, text);
      assert.equal(el.display, 'none', text);
    }
    // The CookieLawInfo backdrop goes with the notice, and the scroll lock it set is released.
    assert.ok(state.hidden.some((h) => h.kind === 'consent-backdrop'), 'backdrop not hidden');
    assert.notEqual(state.bodyOverflowY, 'hidden');
    assert.deepEqual(await readerScrolls(page), { wheel: true, key: true }, 'the reader can scroll');
    // Every article paragraph is visible and unchanged.
    const paragraphs = await page.evaluate(probe.articleParagraphs);
    assert.deepEqual(paragraphs.map((p) => p.text), seedParagraphs());
    assert.ok(paragraphs.every((p) => p.visible), 'a paragraph is not visible');
    // Each source with its cue is highlighted.
    for (const [source, cue] of ATTRIBUTIONS) {
      assert.ok(state.sources.includes(source), `source not highlighted: ${source} (have ${state.sources.join(' | ')})`);
      assert.ok(state.cues.includes(cue), `cue not highlighted: ${cue}`);
    }
    assert.equal(state.sources.filter((s) => s === 'A U.S. official').length, 2);
    // The content script answers with the Report.
    const report = await ctx.browser.ext(probe.report, url);
    assert.equal(report.on, true);
    assert.equal(report.scrollUnlocked, true);
    assert.ok(report.removed.length >= CLUTTER.length + 1);
    assert.ok(report.removed.every((r) => r.kind && r.reason), 'every removal carries a kind and a reason');
    assert.ok(report.attributions.some((a) => a.source?.text === 'Chinese state broadcaster CCTV' && a.sourceKind === 'media'));
    await waitFor(async () => (await ctx.browser.ext(probe.badge, url)) === 'ON', 5000, 'the badge to say ON');
    await page.close();
  });

  test('turning it off restores the page exactly; turning it on reapplies without a reload', async () => {
    const url = seedUrl();
    // The page as its site serves it: loaded with Sourcelight off for the site.
    await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
    const page = await ctx.browser.open(url);
    await new Promise((r) => setTimeout(r, 500));
    const original = await page.evaluate(probe.pageState);
    assert.equal(original.hidden.length, 0);
    assert.equal(original.bodyOverflowY, 'hidden', 'the fixture locks scrolling while its notice shows');

    await ctx.browser.ext(probe.toggle, url); // on
    const cleaned = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length >= CLUTTER.length && s.sources.length > 0 && s;
    }, 15000, 'the engine to run after turning on');
    assert.notEqual(cleaned.bodyOverflowY, 'hidden');
    await waitFor(async () => (await ctx.browser.ext(probe.badge, url)) === 'ON', 5000, 'the badge to say ON');

    await ctx.browser.ext(probe.toggle, url); // off
    const restored = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length === 0 && s.sources.length === 0 && s;
    }, 10000, 'the page to be restored');
    assert.equal(restored.html, original.html, 'the DOM differs from the page as served');
    assert.deepEqual([restored.sources, restored.cues], [[], []]);
    assert.equal(restored.bodyOverflowY, 'hidden', 'the scroll lock is as before');
    await waitFor(async () => (await ctx.browser.ext(probe.badge, url)) === 'OFF', 5000, 'the badge to say OFF');
    await ctx.browser.ext(probe.setDisabledSites, []);
    await page.close();
  });
}, { skip: !hasSeed && 'no ../shared/seed (dist/www/seed.html not built)' });
