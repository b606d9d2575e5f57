// Benchmarks, printed (not pass/fail): `./build.sh bench`.
//
// In headless Chromium, over Readability's 130 test pages (../shared/fixtures/readability-pages),
// in the same browser run and page by page:
//   - the consent pass alone: Sourcelight({placeholders: false, attribution: false}).run(document)
//   - the whole engine pass: consent + placeholders + attribution
//   - Mozilla Readability 0.6.0's parse() (npm @mozilla/readability) on a clone of the same page
// Each is timed REPEAT times per page, interleaved, after one warm-up run; the per-page figure is
// the median. "cold" is the engine's very first run on the page (a fresh module, as the content
// script has it on each page load: the JavaScript walk is not yet compiled, the WebAssembly not
// yet tiered up); beside it, Readability's first parse on the page, equally cold.
// The engine runs from the page's own world (the same module the extension loads), the pass
// includes reading the page, deciding and applying (and is undone between runs).
// Also: attribution throughput in MB/s, in the browser (wasm) on the PolNeAR texts.

import fs from 'node:fs';
import path from 'node:path';
import { startServer, READABILITY, ROOT } from './lib/server.mjs';
import { launch } from './lib/browsers.mjs';

const REPEAT = 9;
const POLNEAR = path.resolve(ROOT, '../shared/fixtures/attribution/polnear');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};
const ms = (x) => `${x.toFixed(2)} ms`;

/** In the page: times the engine and Readability, interleaved so that neither gains from order. */
async function measure({ base, readability, repeat }) {
  const m = await import(`${base}/pkg/sourcelight.js`);
  await m.default({ module_or_path: `${base}/pkg/sourcelight_bg.wasm` });
  (0, eval)(readability); // defines Readability in this world
  const engine = (options) => {
    const sl = new m.Sourcelight(options);
    const t = performance.now();
    const report = sl.run(document);
    const d = performance.now() - t;
    sl.undo();
    return [d, report.timing];
  };
  // Readability changes the document it parses: each run gets a fresh clone (not timed).
  const readabilityParse = () => {
    const clone = document.cloneNode(true);
    const t = performance.now();
    new Readability(clone).parse();
    return performance.now() - t;
  };
  const CONSENT = { placeholders: false, attribution: false };
  const [cold] = engine({});
  engine(CONSENT);
  const coldParse = readabilityParse();
  const out = { consent: [], whole: [], parse: [], phases: [] };
  for (let i = 0; i < repeat; i++) {
    out.consent.push(engine(CONSENT)[0]);
    const [d, timing] = engine({});
    out.whole.push(d);
    out.phases.push(timing);
    out.parse.push(readabilityParse());
  }
  const phase = (k) => out.phases.map((t) => t[k]).sort((a, b) => a - b)[Math.floor(out.phases.length / 2)];
  return {
    consent: out.consent, whole: out.whole, parse: out.parse, cold, coldParse, elements: document.getElementsByTagName('*').length,
    read: phase('readMs'), decide: phase('decideMs'), apply: phase('applyMs'),
  };
}

async function main() {
  if (!fs.existsSync(READABILITY)) {
    console.log('bench: ../shared/fixtures/readability-pages is missing');
    return;
  }
  const slugs = fs.readdirSync(READABILITY).filter((d) => fs.existsSync(path.join(READABILITY, d, 'source.html'))).sort();
  const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  // The page world loads the package from the test server: put it beside the pages.
  fs.cpSync(path.join(ROOT, 'pkg'), path.join(ROOT, 'dist/www/pkg'), { recursive: true });
  const server = await startServer();
  const browser = await launch('chromium', { extension: false });
  const rows = [];
  try {
    for (const slug of slugs) {
      const page = await browser.open(`${server.url}/readability/${slug}/source.html`);
      try {
        const r = await page.evaluate(measure, { base: server.url, readability, repeat: REPEAT });
        rows.push({ slug, consent: median(r.consent), whole: median(r.whole), parse: median(r.parse), cold: r.cold, coldParse: r.coldParse, elements: r.elements, read: r.read, decide: r.decide, apply: r.apply });
      } catch (e) {
        console.log(`  ${slug}: ${String(e.message ?? e).split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
    const throughput = await attributionThroughput(browser, server);
    report(rows, throughput);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** findAttributions over the PolNeAR texts, in the browser: MB/s (UTF-8 bytes). */
async function attributionThroughput(browser, server) {
  if (!fs.existsSync(POLNEAR)) return null;
  const texts = [];
  for (const split of ['dev', 'annotator-training']) {
    const dir = path.join(POLNEAR, split, 'text');
    for (const f of fs.readdirSync(dir).sort()) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  const page = await browser.open(`${server.url}/demo.html`);
  const result = await page.evaluate(async ({ base, texts }) => {
    const m = await import(`${base}/pkg/sourcelight.js`);
    await m.default({ module_or_path: `${base}/pkg/sourcelight_bg.wasm` });
    const paragraphs = texts.flatMap((t) => t.split(/\n+/)).filter((p) => p.trim());
    const bytes = new TextEncoder().encode(paragraphs.join('')).length;
    for (const p of paragraphs.slice(0, 50)) m.findAttributions(p, 'en'); // warm-up
    const runs = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      for (const p of paragraphs) m.findAttributions(p, 'en');
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { bytes, ms: runs[1], paragraphs: paragraphs.length };
  }, { base: server.url, texts });
  await page.close();
  return result;
}

function report(rows, throughput) {
  console.log(`\nSourcelight bench: ${rows.length} pages of Readability's test corpus, headless Chromium, median of ${REPEAT} warm runs per page`);
  console.log(`(the engine from the page's own world: read + decide + apply; Readability 0.6.0 parse() on a clone)\n`);
  console.log(`${'page'.padEnd(40)} ${'elements'.padStart(8)} ${'consent'.padStart(10)} ${'whole'.padStart(10)} ${'cold'.padStart(10)} ${'Readab.'.padStart(10)} ${'ratio'.padStart(6)}`);
  for (const r of rows) {
    console.log(`${r.slug.padEnd(40)} ${String(r.elements).padStart(8)} ${r.consent.toFixed(2).padStart(10)} ${r.whole.toFixed(2).padStart(10)} ${r.cold.toFixed(2).padStart(10)} ${r.parse.toFixed(2).padStart(10)} ${(r.whole / r.parse).toFixed(2).padStart(6)}`);
  }
  const col = (k) => rows.map((r) => r[k]);
  const ratios = rows.map((r) => r.whole / r.parse);
  console.log(`\n                                   median        p95`);
  console.log(`consent pass                   ${ms(median(col('consent'))).padStart(10)} ${ms(p95(col('consent'))).padStart(10)}`);
  console.log(`whole pass (warm)              ${ms(median(col('whole'))).padStart(10)} ${ms(p95(col('whole'))).padStart(10)}`);
  console.log(`  of which reading the page     ${ms(median(col('read'))).padStart(10)} ${ms(p95(col('read'))).padStart(10)}`);
  console.log(`  of which deciding            ${ms(median(col('decide'))).padStart(10)} ${ms(p95(col('decide'))).padStart(10)}`);
  console.log(`  of which applying            ${ms(median(col('apply'))).padStart(10)} ${ms(p95(col('apply'))).padStart(10)}`);
  console.log(`whole pass (cold, first run)   ${ms(median(col('cold'))).padStart(10)} ${ms(p95(col('cold'))).padStart(10)}`);
  console.log(`Readability parse() (cold)     ${ms(median(col('coldParse'))).padStart(10)} ${ms(p95(col('coldParse'))).padStart(10)}`);
  console.log(`page size (elements)           ${String(median(col('elements'))).padStart(10)} ${String(p95(col('elements'))).padStart(10)}`);
  console.log(`Readability parse()            ${ms(median(col('parse'))).padStart(10)} ${ms(p95(col('parse'))).padStart(10)}`);
  console.log(`whole / Readability, per page  ${median(ratios).toFixed(3).padStart(10)} ${p95(ratios).toFixed(3).padStart(10)}`);
  console.log(`median whole / median Readability: ${(median(col('whole')) / median(col('parse'))).toFixed(3)} (goal: at most 0.25)`);
  console.log(`cold, each one's first run on the page: ${(median(col('cold')) / median(col('coldParse'))).toFixed(3)}`);
  if (throughput) {
    const mbs = throughput.bytes / 1e6 / (throughput.ms / 1000);
    console.log(`\nattribution in the browser (wasm): ${(throughput.bytes / 1e6).toFixed(2)} MB of PolNeAR text in ${throughput.paragraphs} paragraphs, ${throughput.ms.toFixed(0)} ms: ${mbs.toFixed(1)} MB/s`);
  }
}

await main();
