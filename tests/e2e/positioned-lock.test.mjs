// A scroll lock (`position: fixed; top: -Npx` on <body>) over a page that was positioned before
// it (relative, absolute or sticky, with a `top`): once Sourcelight releases the lock, the page is
// where it was before the lock, with the reader at the same place; once the reader turns
// Sourcelight off, the site's own lock is back, byte for byte (www/consent/positioned-lock.html).
// The lock is set by an inline script while the page parses, before Sourcelight reads the
// baseline: its `top` and `position` come from <body>'s first attributes, put back for that read
// (extension/content/baseline.js; with that read taken out, the positioned variants fail).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from './lib/suite.mjs';
import { waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';

const VARIANTS = ['static', 'body-relative-10', 'body-absolute-10', 'body-sticky-10', 'html-relative-20'];

function state() {
  const h = document.getElementById('headline');
  return {
    before: window.__before,
    y: scrollY,
    headline: h.getBoundingClientRect().top + scrollY,
    view: h.getBoundingClientRect().top,
    style: document.body.getAttribute('style'),
    notice: document.querySelector('.cookie-box').checkVisibility(),
  };
}

browserSuite('A lock over a positioned page', (ctx) => {
  for (const v of VARIANTS) {
    test(`${v}: released where the page was, and given back exactly`, async () => {
      const url = `${ctx.server.url}/consent/positioned-lock.html?v=${v}`;
      const tab = await ctx.browser.open(url);
      await waitFor(async () => (await ctx.browser.ext(probe.report, url).catch(() => null))?.scrollUnlocked, 15000, 'the lock released');
      const on = await tab.evaluate(state);
      assert.equal(on.notice, false, 'the notice is hidden');
      assert.ok(Math.abs(on.headline - on.before.headline) < 0.5, `headline at ${on.headline} px in the document, ${on.before.headline} before the lock`);
      assert.ok(Math.abs(on.y - on.before.y) <= 1, `reader at ${on.y}, was at ${on.before.y}`);
      await ctx.browser.ext(probe.toggle, url);
      await waitFor(async () => (await ctx.browser.ext(probe.report, url).catch(() => null))?.on === false, 10000, 'off');
      const off = await tab.evaluate(state);
      assert.equal(off.style, on.before.lockStyle, "the site's own style text");
      assert.ok(Math.abs(off.view - on.before.lockedView) < 0.5, `headline at ${off.view} in the window, ${on.before.lockedView} under the site's lock`);
      await ctx.browser.ext(probe.toggle, url); // on again, for the next page
    });
  }
});
