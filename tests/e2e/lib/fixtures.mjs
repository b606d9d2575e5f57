// A suite over fixture pages that carry their own expectations (www/consent/, www/placeholder/):
// each page is opened in the browser with the built extension, given its wait, and checked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WWW } from './server.mjs';
import { waitFor } from './browsers.mjs';
import { browserSuite } from './suite.mjs';
import * as probe from './probes.mjs';
import { checkFixture, fixtureState } from './checks.mjs';

/**
 * Whether `input` (real wheel or key input) scrolls the page: scripts may scroll a locked page
 * (`overflow: hidden` stops only the reader), so the reader's own input is the test.
 */
async function userScrolls(page, input) {
  const y0 = await page.evaluate(() => {
    document.activeElement?.blur?.();
    return window.scrollY;
  });
  await input();
  await new Promise((r) => setTimeout(r, 300));
  const y1 = await page.evaluate(() => window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), y0);
  return y1 > y0;
}

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
      state.wheelScrolls = await userScrolls(page, () => page.wheel(400));
      state.keyScrolls = await userScrolls(page, () => page.press('PageDown'));
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
