// The engine's decisions on Readability's test pages, replayed in Node without a browser: a
// measure of deciding alone (reading the packed snapshot, deciding, the outcome as JavaScript
// values) that can be counted in instructions, independent of the machine's load.
//
//   node tests/e2e/replay.mjs record          records every page in Chromium (packed snapshot,
//                                             viewport, layout answers) into target/replay.json
//   node tests/e2e/replay.mjs run [wasm] [n]  decides every n-th recorded page once (default: all;
//                                             0: none, Node's and the engine's start only) with
//                                             `wasm` (default pkg/sourcelight_bg.wasm)
//
// Instructions, TurboFan code only (no baseline tier, compiled on the main thread, so that the
// count does not depend on timing); subtract a run with n = 0 (the start):
//   valgrind --tool=callgrind node --no-liftoff --single-threaded tests/e2e/replay.mjs run pkg/sourcelight_bg.wasm 4

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { READABILITY, ROOT } from './lib/server.mjs';

const RECORDED = path.join(ROOT, 'target/replay.json');

async function record() {
  const { startServer } = await import('./lib/server.mjs');
  const { launch } = await import('./lib/browsers.mjs');
  execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), ['tests/bench/record.js', '--bundle', '--format=esm', '--log-level=warning',
    `--outfile=${path.join(ROOT, 'dist/www/bench/record.js')}`], { cwd: ROOT });
  const slugs = fs.readdirSync(READABILITY).filter((d) => fs.existsSync(path.join(READABILITY, d, 'source.html'))).sort();
  const server = await startServer();
  const browser = await launch('chromium', { extension: false });
  const pages = [];
  try {
    for (const slug of slugs) {
      const page = await browser.open(`${server.url}/readability/${slug}/source.html`);
      try {
        const base = server.url;
        pages.push({ slug, ...(await page.evaluate(async (b) => (await import(`${b}/bench/record.js`)).record(`${b}/pkg/sourcelight_bg.wasm`), base)) });
      } catch (e) {
        console.log(`  ${slug}: ${String(e.message ?? e).split('\n')[0].slice(0, 100)}`); // a page whose CSP forbids wasm
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  fs.mkdirSync(path.dirname(RECORDED), { recursive: true });
  fs.writeFileSync(RECORDED, JSON.stringify(pages));
  console.log(`${pages.length} pages recorded in ${path.relative(ROOT, RECORDED)}`);
}

async function run(wasm = path.join(ROOT, 'pkg/sourcelight_bg.wasm'), every = 1) {
  const pages = JSON.parse(fs.readFileSync(RECORDED, 'utf8')).filter((_, i) => Number(every) > 0 && i % Number(every) === 0);
  const engine = await import(path.join(ROOT, 'pkg/sourcelight.js'));
  engine.initSync({ module: fs.readFileSync(wasm) });
  const t = performance.now();
  for (const p of pages) {
    const r = new engine.Run(p.packed, p.request);
    let step = r.decide({});
    for (let i = 0; step.need; i++) step = r.decide(p.answers[i]);
    r.free();
  }
  console.log(`${pages.length} pages decided in ${(performance.now() - t).toFixed(0)} ms`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'record') await record();
else if (cmd === 'run') await run(...args);
else console.log('usage: node tests/e2e/replay.mjs record | run [wasm] [every]');
