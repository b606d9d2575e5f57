// A suite over fixture pages that carry their own expectations (www/consent/, www/placeholder/):
// each page is opened in the browser with the built extension, given its wait, and checked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WWW } from './server.mjs';
import { readerScrolls, waitFor } from './browsers.mjs';
import { browserSuite } from './suite.mjs';
import * as probe from './probes.mjs';
import { checkFixture, fixtureState } from './checks.mjs';

/**
 * Declares, per browser, one test per page of `dir` (dist/www/<dir>/index.json), plus what
 * `more(context)` adds. `context` = {browser, name, server, visit(url)}.
 */
export function fixtureSuite(title, dir, more = () => {}) {
  const index = JSON.parse(fs.readFileSync(path.join(WWW, dir, 'index.json'), 'utf8'));
  browserSuite(title, (context) => {
    /** Opens a fixture, waits for the engine and the page's own wait, and reads its state. */
    context.visit = async (url) => {
      const { browser } = context;
      const page = await browser.open(url);
      await waitFor(async () => {
        const r = await browser.ext(probe.report, url).catch(() => null);
        return r?.on && r.runs > 0 && r;
      }, 15000, `the content script in ${url}`);
      const wait = await page.evaluate(() => JSON.parse(document.getElementById('expect').textContent).wait);
      await new Promise((r) => setTimeout(r, wait));
      const state = await page.evaluate(fixtureState);
      const scrolls = await readerScrolls(page);
      state.wheelScrolls = scrolls.wheel;
      state.keyScrolls = scrolls.key;
      const report = await browser.ext(probe.report, url);
      const problems = page.messages().filter((m) => m.type === 'pageerror' || /sourcelight/i.test(m.text));
      await page.close();
      return { state, report, problems };
    };

    for (const fixture of index.pages) {
      test(fixture, async () => {
        const { state, report, problems } = await context.visit(`${context.server.url}/${dir}/${fixture}.html`);
        checkFixture(fixture, state, report);
        assert.deepEqual(problems, []);
        assert.equal(report.engine, 'background');
        assert.ok(report.removed.every((r) => r.kind && r.reason), 'every removal carries a kind and a reason');
      });
    }
    more(context, index);
  });
}
