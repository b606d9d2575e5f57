// Bad input in both browsers with the built extension: an empty page, a page with no article,
// a 20,000-element page, emoji, combining marks and right-to-left script. No exception escapes,
// nothing is hidden, the page keeps working, and the engine still answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const PAGES = ['bad/empty.html', 'bad/no-article.html', 'bad/big.html', 'bad/unicode.html'];

browserSuite('bad input', (ctx) => {
  for (const path of PAGES) {
    test(path, async () => {
      const url = `${ctx.server.url}/${path}`;
      const page = await ctx.browser.open(url);
      const report = await waitFor(async () => {
        const r = await ctx.browser.ext(probe.report, url).catch(() => null);
        return r?.on && r.runs > 0 && r;
      }, 15000, 'the content script to report');
      const state = await page.evaluate(probe.pageState);
      assert.deepEqual(state.hidden, [], 'nothing is hidden');
      assert.deepEqual(report.removed, []);
      if (path !== 'bad/empty.html') {
        // The page's own script still works.
        assert.equal(await page.evaluate(() => { document.getElementById('ping').click(); return document.getElementById('ping').textContent; }), 'pong');
      }
      if (path === 'bad/big.html') {
        assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) > 20000);
      }
      if (path === 'bad/unicode.html') {
        // Highlights land on the right characters even after astral and combining characters.
        assert.ok(state.sources.includes('The mayor of Zürich, Corinne Mäder'), state.sources.join(' | '));
        assert.ok(state.sources.includes('Jean-Luc Pérez, the city’s 🧑‍💼 spokesman'), state.sources.join(' | '));
      }
      const problems = page.messages().filter((m) => m.type === 'pageerror' || /sourcelight/i.test(m.text));
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
