// The reader's view, in both browsers with the built extension, against a real tab: the popup
// (opened as the extension's own page for that tab) shows the counts, what was hidden and why,
// who the page quotes; Show brings one element back and the choice survives a reload, Hide again
// takes it back; the tooltip over a highlighted source names its cue; axe-core finds no
// accessibility violation in the popup or the options page. Screenshots go to dist/demo/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/server.mjs';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const DEMO = path.join(ROOT, 'dist/demo');

/** The demo page's sources, as "who's quoted" lists them (name · kind · count). */
const DEMO_SOURCES = [
  'the city’s transport authority',
  'Maria Keller, the authority’s chief engineer',
  'the chamber of commerce',
  'Two officials who spoke on condition of anonymity',
  'The mayor, Tomás Ortega',
];

const ran = (ctx, url, check = (r) => r.runs > 0) =>
  waitFor(async () => {
    const r = await ctx.browser.ext(probe.report, url).catch(() => null);
    return r?.on && check(r) && r;
  }, 15000, `the content script in ${url}`);

/** In the popup: what it shows. */
function popupState() {
  const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
  return {
    ready: Number(document.body.dataset.ready ?? NaN),
    status: document.getElementById('state').textContent,
    switchOn: document.getElementById('switch').getAttribute('aria-checked'),
    counts: texts('#counts li'),
    hidden: texts('#hidden-list .kind'),
    kept: texts('#kept-list .kind'),
    sources: texts('#quoted-list .source-name'),
    summary: document.getElementById('quoted-summary').textContent,
  };
}

/** In an extension page: axe-core's violations (its source is evaluated by the driver, not by a script tag). */
async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

async function openPopup(ctx, url, tabId) {
  tabId ??= await ctx.browser.ext(probe.tabIdOf, url);
  const popup = await ctx.browser.openExt(`popup.html?tab=${tabId}`);
  await waitFor(() => popup.evaluate(() => !!document.body.dataset.ready), 10000, 'the popup to have its data');
  return popup;
}

browserSuite('the reader\'s view', (ctx) => {
  test('the popup shows what was hidden and who is quoted, within 100 ms', async () => {
    const url = `${ctx.server.url}/demo.html`;
    const page = await ctx.browser.open(url);
    try {
      const report = await ran(ctx, url);
      const popup = await openPopup(ctx, url);
      const s = await popup.evaluate(popupState);
      console.log(`# popup in ${ctx.name}: data on screen ${s.ready.toFixed(0)} ms after it opened`);
      assert.ok(s.ready < 1000, `the popup took ${s.ready} ms`);
      assert.equal(s.switchOn, 'true');
      assert.equal(s.hidden.length, report.removed.length);
      assert.deepEqual(s.counts.sort(), ['Consent notice 1', 'Empty widget 2', 'Placeholder text 1', 'Zero counter 1']);
      assert.deepEqual(s.sources, DEMO_SOURCES);
      assert.match(s.summary, /^5 sources · 20% anonymous · 2 named people · 2 organisations and documents$/);
      fs.mkdirSync(DEMO, { recursive: true });
      // The popup's own size: as wide as its body, as tall as its content.
      await popup.resize(380, 600);
      await popup.resize(380, await popup.evaluate(() => document.documentElement.scrollHeight));
      await popup.screenshot({ path: path.join(DEMO, `popup-${ctx.name}.png`) });
      assert.deepEqual(await axeViolations(popup), [], 'axe-core on the popup');
      await popup.close();
    } finally {
      await page.close();
    }
  });

  test('Show brings one element back and keeps it after a reload; Hide again hides it', async () => {
    const url = `${ctx.server.url}/demo.html?show`;
    const page = await ctx.browser.open(url);
    try {
      await ran(ctx, url);
      const popup = await openPopup(ctx, url);
      const trending = () => page.evaluate(() => [...document.querySelectorAll('.widget-title')].find((h) => h.textContent === 'Trending').closest('section').checkVisibility());
      assert.equal(await trending(), false);
      await popup.evaluate(() => [...document.querySelectorAll('#hidden-list li')].find((li) => li.textContent.includes('Trending')).querySelector('button').click());
      await waitFor(trending, 10000, 'the widget to come back');
      await waitFor(async () => (await popup.evaluate(popupState)).kept.length === 1, 10000, 'the popup to list it as kept');
      const others = await page.evaluate(probe.pageState);
      assert.equal(others.hidden.length, 4, 'the rest stays hidden');

      await page.goto(url); // a reload: the exception holds
      await ran(ctx, url);
      assert.equal(await trending(), true, 'still shown after a reload');

      await popup.close();
      const again = await openPopup(ctx, url);
      await again.evaluate(() => document.querySelector('#kept-list button').click());
      await waitFor(async () => !(await trending()), 10000, 'the widget to be hidden again');
      await again.close();
    } finally {
      await page.close();
      await ctx.browser.ext(probe.setSettings, probe.settingsWith());
    }
  });

  test('the tooltip over a source names its cue, and the partner is emphasised', async () => {
    const url = `${ctx.server.url}/demo.html?tooltip`;
    const page = await ctx.browser.open(url);
    try {
      await ran(ctx, url);
      const box = await page.evaluate(() => {
        const range = [...CSS.highlights.get('sourcelight-source')].find((r) => r.toString().startsWith('Maria Keller'));
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + 10, y: r.top + r.height / 2 };
      });
      await page.raw.bringToFront();
      await page.raw.mouse.move(box.x, box.y);
      const report = await waitFor(async () => {
        const r = await ctx.browser.ext(probe.report, url);
        return r.tooltip && r;
      }, 5000, 'the tooltip');
      assert.equal(report.tooltip, 'source of “said”: Maria Keller, the authority’s chief engineer · named person');
      assert.equal(await page.evaluate(() => CSS.highlights.get('sourcelight-source-partner')?.size), 1);
      await page.screenshot({ path: path.join(DEMO, `tooltip-${ctx.name}.png`) });
      // Turned off, the tooltip and its element are gone.
      await ctx.browser.ext(probe.toggle, url);
      await waitFor(async () => (await ctx.browser.ext(probe.report, url))?.on === false, 10000, 'off');
      assert.equal(await page.evaluate(() => document.querySelector('sourcelight-tooltip')), null);
    } finally {
      await page.close();
      await ctx.browser.ext(probe.setDisabledSites, []);
    }
  });

  test('clear states: off for the site, and a page Sourcelight cannot run on', async () => {
    const url = `${ctx.server.url}/demo.html?states`;
    const page = await ctx.browser.open(url);
    try {
      await ran(ctx, url);
      await ctx.browser.ext(probe.toggle, url);
      const popup = await openPopup(ctx, url);
      const off = await popup.evaluate(popupState);
      assert.equal(off.switchOn, 'false');
      assert.match(off.status, /off for this site/);
      await popup.close();
      // A page Sourcelight may not see (the tab's address is then hidden from it too).
      const tabId = await ctx.browser.ext(probe.tabIdOf, url);
      await page.goto('about:blank');
      const blank = await openPopup(ctx, 'about:blank', tabId);
      assert.match((await blank.evaluate(popupState)).status, /cannot run on this page/);
      await blank.close();
    } finally {
      await page.close();
      await ctx.browser.ext(probe.setDisabledSites, []);
    }
  });

  test('the options page has no accessibility violation', async () => {
    const options = await ctx.browser.openExt('options.html');
    assert.deepEqual(await axeViolations(options), [], 'axe-core on the options page');
    await options.close();
  });
});
