// The extension's life beside open pages, in both browsers with the built extension:
// - while a page is still loading, the background loads and warms up the engine, only where
//   Sourcelight is on (first here: the browser is fresh, no page has run the engine yet);
// - reloaded (as an update does) while a page is open: the old content script stops cleanly (no
//   errors, nothing left acting on the page), the new one takes the page over without showing
//   again anything hidden, and turning Sourcelight off still gives back the page byte for byte,
//   with the page wrapper inert and the notice's modal dialog open again where they were; a notice
//   frame the old copy hid stays hidden while the frames' new copies start;
// - reloaded in Chromium (which, unlike Firefox, leaves open tabs without the manifest's scripts):
//   the background puts content.js into the top frame only, and frame.js into every frame, so
//   that ad frames do not get the engine;
// - with Sourcelight off for the site, what an earlier copy (or a saved page) left is given back;
// - a change in the options page reaches a page that is already open, and deciding again after
//   it sees a modal dialog notice Sourcelight closed as the page opened it;
// - two tabs of one site follow a toggle made in either.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const ran = (ctx, url, check = (r) => r.runs > 0) =>
  waitFor(async () => {
    const r = await ctx.browser.ext(probe.report, url).catch(() => null);
    return r?.on && check(r) && r;
  }, 15000, `the content script in ${url}`);

const off = (ctx, url) =>
  waitFor(async () => (await ctx.browser.ext(probe.report, url).catch(() => null))?.on === false, 10000, 'Sourcelight to turn off');

/** What the top layer holds: the ids of open modal dialogs and popovers. */
const topLayer = () => [...document.querySelectorAll(':modal, :popover-open')].map((e) => e.id);

// Pages with what each kind of change needs given back: hidden elements and a class lock (the
// demo), a removed `inert` shutter, a closed modal dialog, a notice frame inside a frame (hidden
// once the frame's own copy has found it).
const RELOADED = [['demo.html', 5], ['consent/shutter-inert.html', 1], ['consent/dialog-show-modal.html', 1], ['security/nested.html', 1]];

/** The background's engine memory in bytes: 0 until it loads the engine. */
const engineBytes = (ctx) =>
  ctx.name === 'chromium'
    ? ctx.browser.raw.serviceWorkers()[0].evaluate(() => globalThis.sourcelightEngineMemory())
    : ctx.browser.ext(probe.engineMemory);

/**
 * How long the stalled page stops arriving (ms): the content script has said hello, no run yet.
 * Long enough that the checks made meanwhile are done well before, on a loaded machine too.
 */
const STALL_MS = 12000;

browserSuite('lifecycle', (ctx) => {
  test('a page still loading: the engine is warmed up before its run, and only where Sourcelight is on', async () => {
    const url = `${ctx.server.url}/stall/${STALL_MS}/demo.html`;
    // (Navigated from a blank tab without waiting: the page will not finish loading for a while.)
    const startLoading = async () => {
      const page = await ctx.browser.open('about:blank');
      await page.evaluate((u) => {
        location.href = u;
      }, url);
      await waitFor(() => ctx.browser.ext(probe.report, url).catch(() => null), 8000, 'the hello');
      return page;
    };
    const stillLoading = async (page) => {
      const r = await ctx.browser.ext(probe.report, url);
      assert.equal(await page.evaluate(() => document.readyState), 'loading');
      return r;
    };
    // Off for the site: the page says hello, and the engine stays unloaded.
    await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
    let page = await startLoading();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await engineBytes(ctx), 0, 'no engine for a page Sourcelight is off for');
    await stillLoading(page);
    await page.close();
    // On: the engine is loaded while the page still loads, before any run.
    await ctx.browser.ext(probe.setDisabledSites, []);
    page = await startLoading();
    await waitFor(async () => (await engineBytes(ctx)) > 0, 8000, 'the engine to be loaded');
    const r = await stillLoading(page);
    assert.ok(r.on && r.runs === 0, `no run yet: ${JSON.stringify({ on: r.on, runs: r.runs })}`);
    await waitFor(() => page.evaluate(() => document.readyState !== 'loading').catch(() => false), STALL_MS + 10000, 'the rest of the page');
    await ran(ctx, url);
    await page.close();
  });

  for (const [path, atLeast] of RELOADED) test(`reloaded while ${path} is open: the new copy takes over, the old one leaves nothing behind`, async () => {
    const url = `${ctx.server.url}/${path}`;
    await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
    const page = await ctx.browser.open(url);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const served = await page.evaluate(() => document.documentElement.outerHTML);
      const servedTop = await page.evaluate(topLayer);
      await ctx.browser.ext(probe.toggle, url);
      const cleaned = (r) => r.runs > 0 && r.removed.length >= atLeast;
      await ran(ctx, url, cleaned);
      const before = await page.evaluate(probe.pageState);
      assert.ok(before.hidden.length >= atLeast);

      // Every time the page shows again something Sourcelight hid or closed (a flash), from the
      // page's side.
      await page.evaluate(() => {
        globalThis.shownAgain = [];
        new MutationObserver((records) => {
          for (const r of records) if (r.oldValue !== null && !r.target.hasAttribute(r.attributeName)) shownAgain.push(r.oldValue);
        }).observe(document.documentElement, {
          subtree: true, attributeFilter: ['data-sourcelight-hidden', 'data-sourcelight-hidden-closed'], attributeOldValue: true,
        });
      });
      await ctx.browser.reloadExtension();
      // The new copy runs in the open page and answers for it.
      const report = await ran(ctx, url, cleaned);
      assert.equal(report.removed.length, before.hidden.length);
      const state = await page.evaluate(probe.pageState);
      assert.deepEqual(state.hidden, before.hidden, 'the page is cleaned as before');
      assert.deepEqual(state.sources, before.sources);
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await page.evaluate(() => shownAgain), [], 'nothing hidden was shown again in between');

      await ctx.browser.ext(probe.toggle, url);
      await off(ctx, url);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), served, 'turned off, the page is as served');
      assert.deepEqual(await page.evaluate(topLayer), servedTop, 'turned off, dialogs are open as they were');
      // Nothing acts on the page any more: a notice inserted now stays.
      await page.evaluate(() => {
        const n = document.createElement('div');
        n.id = 'late-notice';
        n.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fff';
        n.innerHTML = '<p>We use cookies to improve your experience on this site.</p><button>Accept</button> <button>Reject</button>';
        document.body.append(n);
      });
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(await page.evaluate(() => document.getElementById('late-notice').hasAttribute('data-sourcelight-hidden')), false);
      const problems = page.messages().filter((m) => /invalidated|sourcelight/i.test(m.text));
      assert.deepEqual(problems, [], 'no errors from the old copy');
    } finally {
      await page.close();
      await ctx.browser.ext(probe.setDisabledSites, []);
    }
  });

  test('reloaded while a page with twenty ad frames is open: content.js goes into the top frame only', {
    skip: ctx.name !== 'chromium' && 'Firefox puts the manifest\'s scripts into open tabs itself',
  }, async () => {
    const url = `${ctx.server.url}/bench/ad-frames.html`;
    const page = await ctx.browser.open(url);
    try {
      await ran(ctx, url);
      // Which frames parse which of our scripts from now on (content scripts included).
      const cdp = await ctx.browser.raw.newCDPSession(page.raw);
      const framesOf = { 'content.js': new Set(), 'frame.js': new Set() };
      cdp.on('Debugger.scriptParsed', (e) => {
        const file = e.url.startsWith('chrome-extension://') && e.url.split('/').pop();
        framesOf[file]?.add(e.executionContextAuxData?.frameId);
      });
      await cdp.send('Debugger.enable');
      await ctx.browser.reloadExtension();
      await ran(ctx, url);
      await waitFor(() => framesOf['content.js'].size > 0, 10000, 'content.js in the top frame');
      await new Promise((r) => setTimeout(r, 1000)); // time for a frame to load content.js, if it did
      const { frameTree } = await cdp.send('Page.getFrameTree');
      assert.deepEqual([...framesOf['content.js']], [frameTree.frame.id], 'content.js in the top frame only');
      assert.equal(framesOf['frame.js'].size, 21, 'frame.js in every frame, to load content.js where it is worth it');
      await cdp.detach();
    } finally {
      await page.close();
    }
  });

  test('Sourcelight off for the site: what an earlier copy left on the page is given back', async () => {
    const url = `${ctx.server.url}/lifecycle/saved-while-on.html`;
    await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
    const page = await ctx.browser.open(url);
    try {
      const state = () => ({
        markers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('data-sourcelight'))),
        bodyStyle: document.body.getAttribute('style'),
        inert: document.getElementById('page').hasAttribute('inert'),
        notice: getComputedStyle(document.querySelector('.s-notice')).display,
      });
      await waitFor(async () => (await page.evaluate(state)).markers.length === 0, 10000, 'the markers to go');
      assert.deepEqual(await page.evaluate(state), { markers: [], bodyStyle: null, inert: true, notice: 'block' });
    } finally {
      await page.close();
      await ctx.browser.ext(probe.setDisabledSites, []);
    }
  });

  test('an option changed in the options page reaches an open page', async () => {
    const url = `${ctx.server.url}/consent/trap-08-accept.html`;
    const page = await ctx.browser.open(url);
    try {
      await ran(ctx, url);
      assert.equal(await page.evaluate(() => document.body.dataset.clicked ?? ''), '', 'no click by default');
      await ctx.browser.ext(probe.setSettings, probe.settingsWith({ rejectClick: true }));
      await waitFor(async () => (await page.evaluate(() => document.body.dataset.clicked ?? '')) === 'reject', 10000, 'the reject click');
      const report = await ran(ctx, url, (r) => r.removed.length > 0);
      assert.ok(report.removed.some((r) => r.kind === 'consent-notice'));
    } finally {
      await ctx.browser.ext(probe.setSettings, probe.settingsWith({ rejectClick: false }));
      await page.close();
    }
  });

  test('options changed while a modal dialog notice is closed: it stays closed, and opens again as it was once consent notices are off', async () => {
    const url = `${ctx.server.url}/consent/dialog-show-modal.html`;
    const page = await ctx.browser.open(url);
    const dialog = () => {
      const d = document.getElementById('tl-dialog');
      return { hidden: d.getAttribute('data-sourcelight-hidden'), modal: d.matches(':modal') };
    };
    try {
      await ran(ctx, url, (r) => r.removed.length > 0);
      assert.deepEqual(await page.evaluate(dialog), { hidden: 'consent-notice', modal: false });
      // Deciding again from scratch (another option changed) must see the dialog the page opened.
      await ctx.browser.ext(probe.setSettings, probe.settingsWith({ attribution: false }));
      await ran(ctx, url, (r) => r.removed.length > 0 && r.attributions.length === 0);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await page.evaluate(dialog), { hidden: 'consent-notice', modal: false });
      await ctx.browser.ext(probe.setSettings, probe.settingsWith({ consent: false }));
      await waitFor(async () => (await page.evaluate(dialog)).modal, 10000, 'the dialog to open again');
      assert.deepEqual(await page.evaluate(dialog), { hidden: null, modal: true });
      await ctx.browser.ext(probe.setSettings, probe.settingsWith());
      await waitFor(async () => !(await page.evaluate(dialog)).modal, 10000, 'the dialog to close again');
      assert.deepEqual(await page.evaluate(dialog), { hidden: 'consent-notice', modal: false });
    } finally {
      await ctx.browser.ext(probe.setSettings, probe.settingsWith());
      await page.close();
    }
  });

  test('two tabs of one site follow a toggle made in either', async () => {
    const [a, b] = [`${ctx.server.url}/demo.html?tab=a`, `${ctx.server.url}/demo.html?tab=b`];
    const pa = await ctx.browser.open(a);
    const pb = await ctx.browser.open(b);
    try {
      await ran(ctx, a);
      await ran(ctx, b);
      await ctx.browser.ext(probe.toggle, a);
      await off(ctx, a);
      await off(ctx, b);
      assert.deepEqual((await pb.evaluate(probe.pageState)).hidden, []);
      await ctx.browser.ext(probe.toggle, b);
      await ran(ctx, a);
      assert.ok((await pa.evaluate(probe.pageState)).hidden.length >= 5);
    } finally {
      await pa.close();
      await pb.close();
      await ctx.browser.ext(probe.setDisabledSites, []);
    }
  });
});
