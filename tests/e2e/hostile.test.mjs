// Hostile pages of our own (www/hostile/), in both browsers with the built extension: a 10 MB
// text node, 100,000 text nodes, a large block replaced at every frame while Sourcelight reads
// it, nesting thousands deep, 500 frames, a notice re-inserted every 10 ms, a lock toggled every
// 50 ms, a chart drawn and a title changed every 20 ms, attribution in hard Unicode,
// Sourcelight's own markers forged, the DOM's properties shadowed by form fields and named
// elements. For each: the page keeps answering (an evaluate within 2 s, all along), no uncaught
// error, the report comes back, and turning Sourcelight off gives back the page byte for byte.
// Prints the longest task the page saw while Sourcelight worked (the longest gap of a 5 ms
// timer) and how long the report took.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const RESPONSIVE_MS = 2000;
/** A page is quiet when its thread was never away QUIET_GAP_MS in QUIET_MS (see hostile/frames.html). */
const QUIET_MS = 1000;
const QUIET_GAP_MS = 250;

const CASES = [
  {
    path: 'hostile/huge-text.html',
    exact: true,
    check: (report) => assert.ok(report.truncated.textNodes >= 1, `the cut text is reported: ${JSON.stringify(report.truncated)}`),
  },
  {
    path: 'hostile/many-nodes.html',
    exact: true,
    check: (report) => {
      assert.ok(report.attributions.length >= 100, `${report.attributions.length} attributions`);
      assert.ok(report.timing.readSlices > 2, `read in ${report.timing.readSlices} tasks, not one`);
    },
  },
  {
    // A block of 40,000 nodes replaced at every frame while Sourcelight reads it in slices: the
    // quote and the notice after the block are read all the same.
    path: 'hostile/moving.html',
    check: (report, state) => {
      assert.ok(report.removed.some((r) => r.kind === 'consent-notice'), JSON.stringify(report.removed));
      assert.equal(state.noticeShown, false, 'the notice after the block is hidden');
      assert.ok(state.sources.includes('Ana Ruiz, who runs the ferry terminal, on Tuesday morning'), state.sources.join(' | '));
    },
  },
  {
    // Chromium's renderer itself crashes on 3,000 nested elements (without Sourcelight too):
    // the deepest it survives in our runs is 2,800. Firefox takes 5,000.
    path: 'hostile/deep.html',
    query: { chromium: '?depth=2800', firefox: '?depth=5000' },
    exact: true,
    check: (report, state) => assert.ok(state.sources.includes('Petra Novak, the chief engineer of the city'), state.sources.join(' | ')),
  },
  // Loading 500 frames takes the page itself tens of seconds on these machines (with or
  // without Sourcelight): it is given time to add them all before Sourcelight is turned on.
  { path: 'hostile/frames.html', exact: true, slowLoad: true, check: (report) => assert.equal(report.attributions.length, 1) },
  {
    path: 'hostile/unicode.html',
    exact: true,
    check: (report, state) => {
      const reported = report.attributions.map((a) => a.source?.text).filter(Boolean);
      assert.deepEqual(reported, state.sources, 'the report names each source as the page shows it');
      assert.ok(state.sources.includes('Lena Hoff, the archivist'), state.sources.join(' | '));
      assert.ok(state.sources.includes('Dr. Amal Haddad'), 'a source after an emoji joined with ZWJ');
      assert.ok(state.cues.some((c) => c.startsWith('sa\u200Bid')), `a cue with a zero-width space: ${state.cues.join(' | ')}`);
      assert.ok(state.sources.includes('Ines Ruiz, the engineer in charge of the building'), 'after the snapshot\'s separator in the text and a class');
    },
  },
  {
    path: 'hostile/reinsert.html',
    wait: 5000,
    check: (report, state) => {
      assert.equal(report.removed.length, 1, 'one entry for the notice, however often it comes back');
      assert.ok(report.removed[0].again >= 3, `copies counted: ${report.removed[0].again}`);
      assert.ok(state.noticeShown === false, 'the current copy is not shown');
    },
  },
  {
    // Sourcelight's markers, forged: nothing is adopted from them, so turning off leaves the
    // page byte for byte as served (no attribute set, no dialog or popover opened).
    path: 'hostile/forged-markers.html',
    exact: true,
    check: (report, state) => {
      assert.deepEqual(report.removed.map((r) => r.kind), ['consent-notice']);
      assert.deepEqual(state.sources, ['the harbour board']);
    },
  },
  {
    // Form fields and named elements that shadow the DOM's own properties and methods (the
    // notice is such a form): read, hidden and given back all the same.
    path: 'hostile/clobbered.html',
    exact: true,
    check: (report, state) => {
      assert.deepEqual(report.removed.map((r) => r.kind), ['consent-notice']);
      assert.deepEqual(state.sources, ['the harbour board']);
    },
  },
  {
    // A chart drawn point by point and a title that counts, every 20 ms: nothing Sourcelight
    // reads changes (the head is left out, a drawing is read as a whole), so the first run is
    // the only one.
    path: 'hostile/animated.html',
    wait: 3000,
    check: (report, state) => {
      assert.equal(report.runs, 1, `${report.runs} runs in about 3 s`);
      assert.deepEqual(state.sources, ['the transport authority']);
    },
  },
  {
    path: 'hostile/overflow.html',
    wait: 3000,
    check: (report) => assert.ok(report.runs <= 40, `${report.runs} runs in about 3 s: bounded`),
  },
];

browserSuite('hostile pages', (ctx) => {
  ctx.rows = [];
  for (const c of CASES) {
    test(c.path, async () => {
      const url = `${ctx.server.url}/${c.path}${c.query?.[ctx.name] ?? ''}`;
      await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
      const page = await ctx.browser.open(url, { until: c.slowLoad ? 'domcontentloaded' : 'load' });
      try {
        if (c.slowLoad) {
          await waitFor(() => page.evaluate(() => window.__framesDone === true), 240000, 'the page to add its frames');
          // After its 500 frames have loaded, Firefox still holds the page's thread for 3-4 s at
          // a time, Sourcelight off (2026-12-07: two loads, longest gap in the next 5 s 3,877 and
          // 3,108 ms; 145 and 45 ms once turned on after that). Turning Sourcelight on inside
          // such a pause measured the browser, not Sourcelight: wait for a quiet second first.
          await waitFor(async () => {
            await page.evaluate(() => { window.__longestGap = 0; });
            await new Promise((r) => setTimeout(r, QUIET_MS));
            return (await page.evaluate(() => window.__longestGap)) < QUIET_GAP_MS;
          }, 120000, 'the page to be quiet');
        }
        await new Promise((r) => setTimeout(r, 500));
        const before = await page.evaluate(() => document.documentElement.outerHTML);
        await page.evaluate(() => { window.__longestGap = 0; });
        let slowest = 0;
        const start = Date.now();
        await ctx.browser.ext(probe.toggle, url);
        let report = await waitFor(async () => {
          const t = Date.now();
          await page.evaluate(() => 1);
          slowest = Math.max(slowest, Date.now() - t);
          const r = await ctx.browser.ext(probe.report, url).catch(() => null);
          return r?.on && r.runs > 0 && r;
        }, 30000, 'the report');
        const reportMs = Date.now() - start;
        for (let waited = 0; waited < (c.wait ?? 0); waited += 250) {
          const t = Date.now();
          await page.evaluate(() => 1);
          slowest = Math.max(slowest, Date.now() - t);
          await new Promise((r) => setTimeout(r, 250));
        }
        report = await ctx.browser.ext(probe.report, url);
        const state = await page.evaluate(probe.pageState);
        state.noticeShown = await page.evaluate(() => {
          const n = document.querySelector('.re-notice');
          return n ? getComputedStyle(n).display !== 'none' : null;
        });
        const longest = await page.evaluate(() => window.__longestGap);
        const errors = await page.evaluate(() => window.__errors);
        ctx.rows.push({ path: c.path, reportMs, longest, slowest, removed: report.removed.length, runs: report.runs });
        assert.ok(slowest < RESPONSIVE_MS, `the page answered after ${slowest} ms`);
        assert.deepEqual(errors, [], 'no uncaught error');
        assert.deepEqual(page.messages().filter((m) => /sourcelight/i.test(m.text)), []);
        c.check?.(report, state);
        await ctx.browser.ext(probe.toggle, url);
        await waitFor(async () => (await ctx.browser.ext(probe.report, url).catch(() => null))?.on === false, 10000, 'Sourcelight to turn off');
        if (c.exact) {
          const after = await page.evaluate(() => document.documentElement.outerHTML);
          assert.ok(after === before, 'turned off, the page is back byte for byte');
        }
      } finally {
        await page.close();
        await ctx.browser.ext(probe.setDisabledSites, []);
      }
    });
  }
}, {
  done: ({ name, rows }) => {
    console.log(`\nhostile pages in ${name}: report after (ms), longest task while working (ms), slowest evaluate (ms)`);
    for (const r of rows) {
      console.log(`  ${r.path.padEnd(28)} report ${String(r.reportMs).padStart(6)}  longest task ${r.longest.toFixed(0).padStart(6)}  evaluate ${String(r.slowest).padStart(5)}  removed ${r.removed}  runs ${r.runs}`);
    }
  },
});
