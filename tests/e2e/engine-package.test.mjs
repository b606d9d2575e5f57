// The engine package (pkg/) outside a page's content script: in a module Web Worker, in both
// browsers (the Node case is tests/node/pkg.test.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from './lib/suite.mjs';

browserSuite('the engine package in a Web Worker', (ctx) => {
  test('findAttributions answers from a worker, with UTF-16 offsets', async () => {
    const page = await ctx.browser.open(`${ctx.server.url}/engine/worker.html`);
    const text = '😀 “No,” said Dmitry Peskov.';
    const found = await page.evaluate((t) => window.askWorker(t, 'en'), text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].source.start, found[0].source.end), 'Dmitry Peskov');
    assert.equal(found[0].cue.text, 'said');
    await page.close();
  });
});
