// The content script's read in slices (extension/content/walk.js, bundled into the page as a
// module), in both browsers: on a page that does not change, it is the read in one go, record
// for record and node for node, also when it pauses every 128 nodes (inside shadow roots too:
// www/walk/shadows.html). On a page that changes during the first pause, no node is read twice,
// and where the change could make the read wrong it starts again and equals a fresh read. (With
// the whole extension: hostile/moving.html in hostile.test.mjs.)

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, READABILITY } from './lib/server.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const MODULE = 'dist/www/test/walk.js';
const PAGES = [
  'hostile/many-nodes.html', // 100,000 text nodes
  'walk/shadows.html', // shadow roots (open and closed) in shadow roots, 600 nodes in each
  ...(fs.existsSync(path.join(READABILITY, 'wikipedia-2')) ? ['readability/wikipedia-2/source.html'] : []),
];

before(() => {
  execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), ['extension/content/walk.js', '--bundle', '--format=esm', '--log-level=warning',
    `--outfile=${path.join(ROOT, MODULE)}`], { cwd: ROOT });
});

/** In the page: the read in one go and the read in slices of `sliceMs`, compared. */
async function compare({ src, sliceMs }) {
  const walk = await import(src);
  const whole = walk.readDocument();
  const sliced = await walk.readInSlices({ sliceMs });
  return {
    samePacked: whole.packed === sliced.packed,
    sameNodes: whole.nodes.length === sliced.nodes.length && whole.nodes.every((n, i) => n === sliced.nodes[i]),
    records: whole.nodes.length,
    slices: sliced.slices,
    restarted: sliced.restarted,
    shadowRoots: [whole.shadowRoots.length, sliced.shadowRoots.length],
  };
}

/**
 * In the page: builds a body of 4,000 nodes around `change`'s nodes, starts a read in slices of
 * 0 ms (its first slice runs before the call returns), makes the change, and compares.
 */
async function changed({ src, change }) {
  const walk = await import(src);
  const el = (tag, text) => Object.assign(document.createElement(tag), text ? { textContent: text } : {});
  const filler = el('div');
  for (let i = 0; i < 2000; i++) filler.append(el('span', `word ${i}`));
  const [outer, quote, ahead, host] = [el('div'), el('p', 'A quote, the official said.'), el('div'), el('news-box')];
  outer.append(quote);
  document.body.replaceChildren(outer, filler, ahead, host);
  const shadow = host.attachShadow({ mode: 'open' });
  const read = walk.readInSlices({ sliceMs: 0 });
  const changes = {
    // Taken out with its parent, then moved ahead in a later microtask: the move is not reported.
    'out with its parent, then ahead': () => {
      outer.remove();
      queueMicrotask(() => ahead.append(quote));
    },
    'into a shadow root ahead': () => shadow.append(quote),
    "the walk's own place taken out": () => filler.remove(),
    'added and removed behind the walk': () => {
      outer.append(el('p', 'Added behind.'));
      quote.remove();
    },
  };
  changes[change]();
  const r = await read;
  return { restarted: r.restarted, twice: r.nodes.length - new Set(r.nodes).size, fresh: r.packed === walk.readDocument().packed };
}

browserSuite('the read in slices', (ctx) => {
  const cases = [
    ['out with its parent, then ahead', true],
    ['into a shadow root ahead', true],
    ["the walk's own place taken out", true],
    ['added and removed behind the walk', false],
  ];
  for (const [change, restarts] of cases) {
    test(`a page that changes during a pause: ${change}`, async () => {
      await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
      const tab = await ctx.browser.open(`${ctx.server.url}/walk/shadows.html`);
      try {
        const r = await tab.evaluate(changed, { src: `${ctx.server.url}/test/walk.js`, change });
        assert.equal(r.twice, 0, 'no node read twice');
        assert.equal(r.restarted, restarts, restarts ? 'the read starts again' : 'the read goes on');
        if (restarts) assert.ok(r.fresh, 'and equals a fresh read');
      } finally {
        await tab.close();
        await ctx.browser.ext(probe.setDisabledSites, []);
      }
    });
  }

  for (const page of PAGES) {
    for (const sliceMs of [0, 8]) {
      test(`${page}, slices of ${sliceMs} ms`, async () => {
        await ctx.browser.ext(probe.setDisabledSites, ['127.0.0.1']);
        const tab = await ctx.browser.open(`${ctx.server.url}/${page}`);
        try {
          const r = await tab.evaluate(compare, { src: `${ctx.server.url}/test/walk.js`, sliceMs });
          assert.equal(r.restarted, false, 'the page did not change: no new start');
          assert.ok(r.samePacked, `the same packed string (${r.records} records, ${r.slices} tasks)`);
          assert.ok(r.sameNodes, 'the same nodes, in the same order');
          // The shadow roots walked, for the content script to watch insertions in them: here
          // the two open ones (a page's own module cannot see the closed one; a content script can).
          const roots = page === 'walk/shadows.html' ? 2 : 0;
          assert.deepEqual(r.shadowRoots, [roots, roots], 'the shadow roots walked (one go, slices)');
          if (sliceMs === 0) assert.ok(r.slices >= Math.floor(r.records / 128), `${r.slices} tasks for ${r.records} records`);
        } finally {
          await tab.close();
          await ctx.browser.ext(probe.setDisabledSites, []);
        }
      });
    }
  }
});
