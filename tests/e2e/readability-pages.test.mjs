// The 130 real pages of Mozilla Readability's test corpus (../shared/fixtures/readability-pages,
// read in place, never copied), in both browsers with the built extension: every page is
// processed with no error, every chunk of the article text (expected.html) that is visible with
// Sourcelight off is still visible with it on, and turning it off again gives back the page byte
// for byte (`documentElement.outerHTML`), at the place the reader scrolled to. A page whose own
// scripts change it is told apart by a second load without Sourcelight. Prints the counts, the
// pages that fail and what was removed on each page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { READABILITY } from './lib/server.mjs';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';
import { visibleChunks } from './lib/text.mjs';

const SLUGS = fs.existsSync(READABILITY)
  ? fs.readdirSync(READABILITY).filter((d) => fs.existsSync(path.join(READABILITY, d, 'source.html'))).sort()
  : [];

/**
 * Whether the page changes its own DOM: loaded again with Sourcelight off and read at the same
 * moments as the tested tab (200 ms after load, then `ms` later).
 */
async function changesItself(browser, url, ms) {
  const page = await browser.open(url);
  try {
    await new Promise((r) => setTimeout(r, 200));
    const first = await page.evaluate(() => document.documentElement.outerHTML);
    await new Promise((r) => setTimeout(r, ms));
    return first !== (await page.evaluate(() => document.documentElement.outerHTML));
  } finally {
    await page.close();
  }
}

/** In the page: scrolls as a reader would and marks the text in the middle of the window. */
function readingPlace() {
  window.scrollTo(0, Math.min(1000, (document.documentElement.scrollHeight - innerHeight) / 2));
  if (window.scrollY === 0) return null;
  const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  if (!el) return null;
  window.__readingAt = el;
  return { top: el.getBoundingClientRect().top };
}

/** In the page: whether the text the reader was reading is still at the same height. */
function stillReading({ top }) {
  const el = window.__readingAt;
  return !!el && el.isConnected && Math.abs(el.getBoundingClientRect().top - top) <= 2;
}

browserSuite(`Readability's ${SLUGS.length} pages`, (ctx) => {
  ctx.results = [];
  for (const slug of SLUGS) {
    test(slug, async () => {
      const url = `${ctx.server.url}/readability/${slug}/source.html`;
      const expected = fs.readFileSync(path.join(READABILITY, slug, 'expected.html'), 'utf8');
      const result = { slug, lost: [], removed: [], error: null, exact: null, selfChanging: false, scroll: null };
      ctx.results.push(result);
      await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
      const page = await ctx.browser.open(url);
      try {
        await new Promise((r) => setTimeout(r, 200));
        const before = await page.evaluate(visibleChunks, expected);
        const served = await page.evaluate(() => document.documentElement.outerHTML);
        const readAt = Date.now();
        await ctx.browser.ext(probe.toggle, url);
        const report = await waitFor(async () => {
          const r = await ctx.browser.ext(probe.report, url).catch(() => null);
          return r?.on && r.runs > 0 && r;
        }, 20000, 'the engine to run');
        await new Promise((r) => setTimeout(r, 300));
        const afterRun = await page.evaluate(visibleChunks, expected);
        result.removed = report.removed;
        result.lost = before.filter((c, i) => c.visible && !afterRun[i].visible).map((c) => c.chunk);
        const errors = page.messages().filter((m) => /sourcelight/i.test(m.text));
        if (errors.length) result.error = errors.map((m) => m.text).join(' | ');
        if (report.failed) result.error = 'the engine failed';
        // The reader scrolls, then turns Sourcelight off: the page as served, where they were
        // (the text they were reading stays at the same height in the window, whatever came back
        // above it).
        const reading = await page.evaluate(readingPlace);
        await ctx.browser.ext(probe.toggle, url);
        await waitFor(async () => (await ctx.browser.ext(probe.report, url).catch(() => null))?.on === false, 10000, 'Sourcelight to turn off');
        const undone = await page.evaluate(() => document.documentElement.outerHTML);
        result.exact = undone === served;
        result.scroll = reading ? await page.evaluate(stillReading, reading) : null;
        if (!result.exact) result.selfChanging = await changesItself(ctx.browser, url, Date.now() - readAt);
      } finally {
        await page.close();
      }
      assert.equal(result.error, null, `${slug}: ${result.error}`);
      assert.deepEqual(result.lost, [], `${slug}: article text hidden`);
      assert.ok(result.exact || result.selfChanging, `${slug}: turned off, the page differs from the page as served`);
      assert.notEqual(result.scroll, false, `${slug}: turned off, the page did not stay where the reader was`);
    });
  }
}, {
  skip: SLUGS.length === 0 && 'no ../shared/fixtures/readability-pages',
  // Prints the count, what was removed on each page and the pages that fail.
  done: ({ name, results }) => {
    const kept = results.filter((r) => r.lost.length === 0 && !r.error).length;
    console.log(`\n${name}: ${kept}/${results.length} pages keep all their expected text visible`);
    const exact = results.filter((r) => r.exact).length;
    const self = results.filter((r) => !r.exact && r.selfChanging).map((r) => r.slug);
    console.log(`${name}: undo exact (outerHTML after on + off equals the page as served) on ${exact}/${results.length} pages; ${self.length} change themselves (${self.join(', ') || 'none'})`);
    const scrolled = results.filter((r) => r.scroll !== null);
    console.log(`${name}: the reader's scroll position kept after off on ${scrolled.filter((r) => r.scroll).length}/${scrolled.length} scrollable pages`);
    const kinds = {};
    for (const r of results) for (const x of r.removed) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    const pagesWith = results.filter((r) => r.removed.length > 0).length;
    console.log(`${name}: removed on ${pagesWith} pages: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const r of results) {
      const removed = r.removed.map((x) => x.kind).join(', ') || 'nothing';
      const status = r.error ? `ERROR ${r.error}` : r.lost.length ? `LOST ${r.lost.length} chunk(s): ${r.lost.map((c) => JSON.stringify(c.slice(0, 60))).join('; ')}` : 'ok';
      console.log(`  ${r.slug.padEnd(44)} ${status}; removed: ${removed}`);
    }
  },
});
