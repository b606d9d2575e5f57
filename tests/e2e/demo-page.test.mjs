// Our own demo page (www/demo.html, no third-party text) in both browsers with the built
// extension: a OneTrust-style notice with its backdrop and scroll lock on <html>, placeholder
// widgets, and attributions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readerScrolls, waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

browserSuite('demo page', (ctx) => {
  test('is cleaned, unlocked and highlighted', async () => {
    const page = await ctx.browser.open(`${ctx.server.url}/demo.html`);
    const state = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length >= 5 && s.sources.length >= 7 && s;
    }, 15000, 'the engine to run');
    const expected = [
      ['consent-notice', 'We use cookies to personalise'],
      ['empty-widget', 'Related posts'],
      ['empty-widget', 'Trending'],
      ['placeholder-text', 'Sample text. Add your content here.'],
      ['zero-counter', '0 Comments'],
    ];
    assert.equal(state.hidden.length, expected.length, JSON.stringify(state.hidden));
    for (const [kind, text] of expected) {
      assert.ok(state.hidden.some((h) => h.kind === kind && h.text.includes(text) && h.display === 'none'), `${kind}: ${text}`);
    }
    assert.notEqual(state.htmlOverflowY, 'hidden', 'the lock on <html> is released');
    assert.deepEqual(await readerScrolls(page), { wheel: true, key: true }, 'the reader can scroll');
    assert.ok(state.sources.includes('Maria Keller, the authority’s chief engineer'), state.sources.join(' | '));
    assert.ok(state.cues.includes('According to'));
    const report = await ctx.browser.ext(probe.report, `${ctx.server.url}/demo.html`);
    assert.equal(report.engine, 'background');
    assert.equal(report.scrollUnlocked, true);
    await page.close();
  });
});
