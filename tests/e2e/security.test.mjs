// What a page can and cannot do to Sourcelight, in both browsers with the built extension:
// - it cannot tell that Sourcelight is installed by fetching the extension's files;
// - it cannot make Sourcelight hide anything Sourcelight would not hide on its own (a forged
//   "I am a consent notice" frame message, synthetic or real, from the page or its own frame);
// - a genuine notice frame inside a frame is still found and hidden, at any depth.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readerScrolls, waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

/** The extension's files a page might probe for, by their fixed paths. */
const FILES = ['manifest.json', 'engine.wasm', 'content.js', 'frame.js', 'background.js', 'content.css', 'prehide.css', 'icons/16.png', 'pkg/sourcelight_bg.wasm', 'options.js'];

async function ran(ctx, url, wait = 0) {
  const report = await waitFor(async () => {
    const r = await ctx.browser.ext(probe.report, url).catch(() => null);
    return r?.on && r.runs > 0 && r;
  }, 15000, 'the content script to report');
  if (wait) await new Promise((r) => setTimeout(r, wait));
  return wait ? ctx.browser.ext(probe.report, url) : report;
}

browserSuite('security', (ctx) => {
  test('a page cannot fetch any of the extension\'s files by a fixed URL', async () => {
    const url = `${ctx.server.url}/demo.html`;
    const page = await ctx.browser.open(url);
    await ran(ctx, url);
    const origin = await ctx.browser.origin();
    const results = await page.evaluate(async ({ origin, files }) => {
      const out = {};
      for (const f of files) {
        try {
          const r = await fetch(`${origin}/${f}`);
          out[f] = r.status;
        } catch {
          out[f] = 'refused';
        }
      }
      return out;
    }, { origin, files: FILES });
    for (const f of FILES) assert.equal(results[f], 'refused', `${f}: ${results[f]}`);
    await page.close();
  });

  test('a forged notice-frame message hides nothing', async () => {
    const url = `${ctx.server.url}/security/forge.html`;
    const page = await ctx.browser.open(url);
    const report = await ran(ctx, url, 1500);
    const state = await page.evaluate(probe.pageState);
    assert.equal(await page.evaluate(() => window.forged), true, 'the page ran its forgeries');
    assert.deepEqual(state.hidden, [], 'nothing is hidden');
    assert.deepEqual(report.removed, []);
    assert.ok(state.sources.some((s) => s.startsWith('Ana Ruiz')), `the article is still read: ${state.sources.join(' | ')}`);
    await page.close();
  });

  test('a notice frame inside a frame is hidden, and the page scrolls again', async () => {
    const url = `${ctx.server.url}/security/nested.html`;
    const page = await ctx.browser.open(url);
    const report = await waitFor(async () => {
      const r = await ctx.browser.ext(probe.report, url).catch(() => null);
      return r?.removed?.some((x) => x.kind === 'consent-notice') && r;
    }, 15000, 'the wrapper frame to be hidden');
    const state = await page.evaluate(probe.pageState);
    assert.deepEqual(state.hidden.map((h) => h.kind), ['consent-notice'], JSON.stringify(state.hidden));
    assert.equal(report.scrollUnlocked, true);
    assert.notEqual(state.bodyOverflowY, 'hidden');
    assert.deepEqual(await readerScrolls(page), { wheel: true, key: true }, 'the reader can scroll');
    await ctx.browser.ext(probe.toggle, url);
    const off = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length === 0 && s;
    }, 10000, 'the page to be restored');
    assert.deepEqual(off.hidden, [], 'turned off, the notice is back');
    assert.equal(off.bodyOverflowY, 'hidden', 'and so is the lock');
    await ctx.browser.ext(probe.toggle, url);
    await page.close();
  });
});
