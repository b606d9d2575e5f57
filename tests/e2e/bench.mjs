// Benchmarks, printed (not pass/fail): `./build.sh bench [pages]`.
//
// Over Readability's test pages (../shared/fixtures/readability-pages; all 130, or the first N):
//
// 1. Page-load cost in headless Chromium, from Chrome's own trace (CDP Tracing, devtools timeline
//    categories), Sourcelight against a no-op extension built here (same content-script entry:
//    all frames, document_start), loads interleaved page by page:
//      - script time: main-thread time in the extension's own scripts (content.js, and frame.js in
//        sub-frames), per load. The trace names the script of a callback, but of no promise
//        continuation, and the content script awaits (its sliced read, the engine's answer): a
//        continuation's time counts as ours in the share of the CPU profiler's samples in it that
//        have our script on the stack (until 2026-12-07 no continuation was counted: every script
//        time before then leaves out the apply, and is lower by that); and of it, the time the
//        thread was on the CPU (the trace's thread time): on this 2-CPU machine a third or more of
//        the wall time is the page's thread waiting for a CPU that the browser's other processes
//        and threads hold during the load;
//      - longest task running content.js (at document_start that is the page's own parsing task,
//        which our script runs inside; later often the page's first layout, inside which our
//        ResizeObserver callback runs), our own time in one task at most (what one task of ours
//        adds: the content script's slices, its start-up in the parsing task), and the longest
//        main-thread task added: the load's longest task minus the no-op load's; and the same by
//        the thread's CPU time (the most one task held). On this 2-CPU machine the wall clock's
//        longest task is mostly the page's own parse or first layout waiting for a CPU, and moves
//        by up to 150 ms from load to load of one page with either extension (2026-12-07, 5 heavy
//        pages × 3 loads): one load per page makes that row's p95 a figure of the machine;
//      - main-thread busy time added: the time covered by main-thread tasks, Sourcelight minus the
//        no-op load. Chrome traces each task twice, one event inside the other (`RunTask` and
//        `ThreadControllerImpl::RunTask`), so the time is their union, not their sum (until
//        2026-12-06 it was the sum: every busy figure before then is about twice the time).
//    A sub-frame with nothing worth reading (an ad): our script time in it (frame.js alone, which
//    waits for something worth reading before content.js and the engine are loaded), and in how
//    many such frames content.js ran all the same; the same for a frame hidden by its style
//    attribute (a tracking frame), which frame.js does not read until it is shown.
//    In Firefox, without such a trace: the content script's own measure of the time its runs
//    spent on the page's thread (reading, answering layout, applying; not its start-up parse).
// 2. The whole pass in the page's own thread (read + decide + apply, tests/bench/inpage.js) beside
//    Mozilla Readability's parse() on a clone of the page, warm (median of REPEAT) and cold (each
//    one's first run on the page; Readability's in a fresh page of its own, where the engine's
//    compile jobs do not run beside it).
// 3. Size of what ships (and the engine's by module, from twiggy), memory (the engine's wasm
//    memory after the largest page; the page's JS heap over 50 toggles), the popup's time to show
//    its data, attribution throughput in wasm.
//
// `SL_BENCH_ONLY=pass` prints only 2 and the throughput: a quick comparison of two engine builds.
// `SL_BENCH_ONLY=frames` prints only the ad-frame figures.
// `SL_BENCH_ONLY=load` prints only 1's Chromium rows. `SL_BENCH_ROWS=<file>` also writes 1's
// figures per page there (JSON), to see which pages make the p95. `SL_BENCH_LOADS=<k>` loads each
// page k times per extension in 1 (interleaved) and takes each figure's median per page: one load
// (the default, 14 minutes here) leaves a heavy page's figures ±30 ms apart from run to run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, READABILITY, ROOT } from './lib/server.mjs';
import { launch, waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';

const REPEAT = 9;
const POLNEAR = path.resolve(ROOT, '../shared/fixtures/attribution/polnear');
const SETTLE_MS = 1200; // after load: the engine's runs and the page's own scripts settle
/** Loads per page and extension in the page-load cost (`SL_BENCH_LOADS`, default 1); a page's figure is their median. */
const LOADS = Math.max(1, Number(process.env.SL_BENCH_LOADS) || 1);

const sorted = (xs) => [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const p95 = (xs) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${x.toFixed(1)} ${unit}` : '—');
const row = (label, xs, unit) => console.log(`  ${label.padEnd(44)} ${fmt(median(xs), unit).padStart(12)} ${fmt(p95(xs), unit).padStart(12)}`);

// ── 1. Page-load cost from Chrome's trace ─────────────────────────────────────────────────
/** A no-op extension: the same content-script entry as Sourcelight, doing nothing. */
function noopExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-noop-'));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'no-op', version: '1.0', content_scripts: [{ ...manifest.content_scripts.find((c) => c.all_frames), css: [], js: ['noop.js'] }],
  }));
  fs.writeFileSync(path.join(dir, 'noop.js'), '// nothing\n');
  return dir;
}

/** Loads `url` in a new tab of `browser` under a trace; the trace's events. */
async function tracedLoad(browser, url) {
  const page = await browser.raw.newPage();
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  // The CPU profiler's samples (every ~0.2 ms) tell whose code a promise continuation ran.
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories } });
  await page.goto(url, { waitUntil: 'load' }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return chunks;
}

/** Whether trace event `e` is one of `extOrigin`'s scripts running (or being compiled). */
const isOurs = (e, extOrigin) => ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame'].includes(e.name)
  && String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.fileName ?? '').startsWith(extOrigin);

/**
 * The CPU profiler's samples of thread `tid` of process `pid` in a trace: `{times, ours}`, each
 * sample's time (µs, the trace's clock) and whether one of `extOrigin`'s scripts is on its stack.
 */
function samplesOf(events, pid, tid, extOrigin) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const times = [];
  const ids = []; // each sample's node (the innermost frame of its stack)
  if (!profile) return { times, ours: [] };
  const parents = new Map();
  const own = new Map(); // node id → whether its own frame is one of our scripts
  let t = profile.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== pid) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const n of cpuProfile.nodes ?? []) {
      parents.set(n.id, n.parent);
      own.set(n.id, String(n.callFrame?.url ?? '').startsWith(extOrigin));
    }
    (cpuProfile.samples ?? []).forEach((id, i) => {
      t += timeDeltas[i] ?? 0;
      times.push(t);
      ids.push(id);
    });
  }
  const onStack = new Map();
  const isOursNode = (id) => {
    if (!onStack.has(id)) onStack.set(id, own.get(id) || (parents.get(id) !== undefined && isOursNode(parents.get(id))));
    return onStack.get(id);
  };
  return { times, ours: ids.map(isOursNode) };
}

/**
 * Our share (µs) of each promise continuation run (`RunMicrotasks`) not inside one of `ours`:
 * Chrome's trace names no script for them, yet an awaited read or apply runs there. The
 * continuation's time times the share of its CPU samples that have our script on the stack
 * (none sampled: none counted). A Map from event to share.
 */
function continuationShares(onMain, ours, samples) {
  const shares = new Map();
  const inside = (e) => ours.some((o) => o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur);
  for (const e of onMain) {
    if (e.name !== 'RunMicrotasks' || inside(e)) continue;
    let all = 0;
    let hits = 0;
    for (let i = 0; i < samples.times.length; i++) {
      if (samples.times[i] < e.ts || samples.times[i] > e.ts + e.dur) continue;
      all += 1;
      if (samples.ours[i]) hits += 1;
    }
    if (hits) shares.set(e, (e.dur * hits) / all);
  }
  return shares;
}

/** The time (µs) covered by `events`, counting nested or overlapping ones once. */
function unionUs(events) {
  let total = 0;
  let end = -1;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const s = Math.max(e.ts, end);
    if (e.ts + e.dur > s) total += e.ts + e.dur - s;
    end = Math.max(end, e.ts + e.dur);
  }
  return total;
}

/**
 * The CPU time (µs) of `events`, all of one thread: the sum of the outermost ones' thread time
 * (`tdur`; events of one thread nest). The rest of their wall time the thread was off the CPU:
 * waiting for one of the 2 CPUs here, which the browser's other processes and threads share
 * during a load, or blocked.
 */
function cpuUs(events) {
  let total = 0;
  let end = -1;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < end) continue;
    total += e.tdur ?? e.dur;
    end = e.ts + e.dur;
  }
  return total;
}

/** The traced tab's top frame ({frame, processId, …}) in a load of `pageUrl`. */
function topFrame(events, pageUrl) {
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  return frames.find((f) => f.url === pageUrl) ?? frames.find((f) => !f.parent);
}

/**
 * Figures of one traced load: script time of `extOrigin`'s scripts (their promise continuations
 * included, from the CPU samples: `continuationShares`), the longest task running them, the
 * longest task, busy time.
 */
function loadFigures(events, pageUrl, extOrigin) {
  const frame = topFrame(events, pageUrl);
  const navigations = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  const pid = navigations[0]?.pid ?? frame?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const ours = onMain.filter((e) => isOurs(e, extOrigin));
  const continuations = continuationShares(onMain, ours, samplesOf(events, pid, main.tid, extOrigin));
  const script = unionUs(ours) + [...continuations.values()].reduce((a, b) => a + b, 0);
  const scriptCpu = cpuUs(ours) + [...continuations].reduce((a, [e, share]) => a + (e.dur ? (share * (e.tdur ?? e.dur)) / e.dur : 0), 0);
  const running = [...ours, ...continuations.keys()];
  const within = (t) => (o) => o.ts >= t.ts && o.ts < t.ts + t.dur;
  const ourTasks = tasks.filter((t) => running.some(within(t)));
  const longest = Math.max(0, ...ourTasks.map((t) => t.dur));
  // Our own time in each of those tasks: what one task of ours holds the page up, the page's own
  // work in the same task (parsing, a first layout that our ResizeObserver callback rides in) left out.
  const ownIn = (t) => unionUs(ours.filter(within(t))) + [...continuations].filter(([e]) => within(t)(e)).reduce((a, [, v]) => a + v, 0);
  const ownLongest = Math.max(0, ...ourTasks.map(ownIn));
  const busy = unionUs(tasks);
  const longestAll = Math.max(0, ...tasks.map((t) => t.dur));
  // The most CPU time one task held: what a longest task would take on a machine with a CPU to spare.
  const longestCpu = Math.max(0, ...tasks.map((t) => t.tdur ?? t.dur));
  return { script: script / 1000, scriptCpu: scriptCpu / 1000, longest: longest / 1000, ownLongest: ownLongest / 1000, longestAll: longestAll / 1000, longestCpu: longestCpu / 1000, busy: busy / 1000 };
}

async function pageLoadCost(server, slugs) {
  const noopDir = noopExtension();
  const sl = await launch('chromium');
  const noop = await launch('chromium', { extensionDir: noopDir });
  const slOrigin = await sl.origin();
  const rows = [];
  try {
    for (const slug of slugs) {
      const url = `${server.url}/readability/${slug}/source.html`;
      const loads = [];
      for (let i = 0; i < LOADS; i++) {
        const a = loadFigures(await tracedLoad(noop, url), url, 'chrome-extension://');
        const b = loadFigures(await tracedLoad(sl, url), url, slOrigin);
        if (a && b) loads.push({ script: b.script, scriptCpu: b.scriptCpu, longest: b.longest, ownLongest: b.ownLongest, longestAdded: b.longestAll - a.longestAll, longestCpuAdded: b.longestCpu - a.longestCpu, busyAdded: b.busy - a.busy, noopScript: a.script });
      }
      // Each figure's median over the page's loads.
      if (loads.length) rows.push({ slug, ...Object.fromEntries(Object.keys(loads[0]).map((k) => [k, median(loads.map((l) => l[k]))])) });
    }
  } finally {
    await sl.close();
    await noop.close();
    fs.rmSync(noopDir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * What a sub-frame with nothing worth reading costs (`page`: www/bench/ad-frames.html, an article
 * with 20 ad frames of its own origin, so that their scripts run on the traced thread; or
 * ad-frames.html?hidden, with 20 frames hidden by their style attribute), over `loads` loads: our
 * script time in each frame (frame.js; ms), and in how many content.js ran.
 */
async function adFrameCost(server, page = 'ad-frames.html', loads = 5) {
  const sl = await launch('chromium');
  const origin = await sl.origin();
  const perFrame = [];
  const perFrameCpu = [];
  let withContent = 0;
  try {
    for (let i = 0; i < loads; i++) {
      const url = `${server.url}/bench/${page}`;
      const events = await tracedLoad(sl, url);
      const top = topFrame(events, url)?.frame;
      const byFrame = new Map();
      for (const e of events) {
        const frame = e.args?.data?.frame;
        if (e.ph !== 'X' || !frame || frame === top || !isOurs(e, origin)) continue;
        if (!byFrame.has(frame)) byFrame.set(frame, []);
        byFrame.get(frame).push(e);
      }
      for (const evs of byFrame.values()) {
        perFrame.push(unionUs(evs) / 1000);
        perFrameCpu.push(cpuUs(evs) / 1000);
        if (evs.some((e) => String(e.args?.data?.url ?? '').endsWith('/content.js'))) withContent += 1;
      }
    }
  } finally {
    await sl.close();
  }
  return { perFrame, perFrameCpu, withContent, loads };
}

/** Firefox: the content script's own measure of its work on the page's thread, per load. */
async function firefoxPageMs(server, slugs) {
  const b = await launch('firefox');
  const out = [];
  try {
    for (const slug of slugs) {
      const url = `${server.url}/readability/${slug}/source.html`;
      const page = await b.open(url);
      try {
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const r = await b.ext(probe.report, url).catch(() => null);
        if (r?.runs > 0) out.push(r.pageMs);
      } finally {
        await page.close();
      }
    }
  } finally {
    await b.close();
  }
  return out;
}

// ── 2. The whole pass beside Readability ─────────────────────────────────────────────────
/** In the page: the engine's whole pass and Readability's parse, interleaved. */
async function measure({ base, readability, repeat, warm }) {
  const m = await import(`${base}/bench/inpage.js`);
  await m.load(`${base}/pkg/sourcelight_bg.wasm`, { warm });
  (0, eval)(readability); // defines Readability in this world
  const engine = (options) => {
    const r = m.pass(options);
    r.undo();
    return r;
  };
  const readabilityParse = () => {
    const clone = document.cloneNode(true); // Readability changes the document it parses
    const t = performance.now();
    new Readability(clone).parse();
    return performance.now() - t;
  };
  const CONSENT = { placeholders: false, attribution: false };
  const first = engine({});
  readabilityParse(); // its first parse, not counted (its cold parse is measured on its own: readabilityCold)
  const out = { consent: [], whole: [], parse: [], read: [], decide: [], apply: [] };
  for (let i = 0; i < repeat; i++) {
    out.consent.push(engine(CONSENT).whole);
    const r = engine({});
    for (const k of ['whole', 'read', 'decide', 'apply']) out[k].push(r[k]);
    out.parse.push(readabilityParse());
  }
  const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cold = { cold: first.whole, coldRead: first.read, coldDecide: first.decide, coldApply: first.apply };
  return { ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, med(v)])), ...cold, elements: document.getElementsByTagName('*').length };
}

/**
 * In a page of its own, where the engine never ran: Readability's first parse (cold), in ms.
 * Measured right after the engine's first pass in the same page, it ran while V8 compiled the
 * engine's busiest functions again on other threads of the same CPUs, and took the longer for
 * it (2026-12-07, 129 pages, median: 16.0 ms there, 11.8 ms once the engine's compile jobs
 * were shorter, with no change to Readability).
 */
function readabilityCold({ readability }) {
  (0, eval)(readability);
  const clone = document.cloneNode(true);
  const t = performance.now();
  new Readability(clone).parse();
  return performance.now() - t;
}

/** Section 2 over `slugs` in a fresh browser; with `warm`, only the first passes, each after the
 * engine's warm-up (as the background runs it). */
async function wholePass(server, slugs, { warm = false } = {}) {
  const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  fs.mkdirSync(path.join(ROOT, 'dist/www/bench'), { recursive: true });
  execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), ['tests/bench/inpage.js', '--bundle', '--format=esm', '--log-level=warning',
    `--outfile=${path.join(ROOT, 'dist/www/bench/inpage.js')}`], { cwd: ROOT });
  const browser = await launch('chromium', { extension: false });
  const rows = [];
  try {
    // Each in a fresh page: the engine's passes, then Readability's cold parse on its own.
    const inPage = async (url, fn) => {
      const page = await browser.open(url);
      try {
        return await fn(page);
      } finally {
        await page.close();
      }
    };
    for (const slug of slugs) {
      const url = `${server.url}/readability/${slug}/source.html`;
      try {
        const row = await inPage(url, (page) => page.evaluate(measure, { base: server.url, readability, repeat: warm ? 0 : REPEAT, warm }));
        const coldParse = await inPage(url, (page) => page.evaluate(readabilityCold, { readability }));
        rows.push({ slug, ...row, coldParse });
      } catch (e) {
        console.log(`  ${slug}: ${String(e.message ?? e).split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

// ── 3. Size, memory, popup, throughput ───────────────────────────────────────────────────
function sizes() {
  const out = [];
  for (const f of ['engine.wasm', 'content.js', 'frame.js', 'background.js', 'popup.js', 'options.js']) {
    const bytes = fs.readFileSync(path.join(ROOT, 'dist/chrome', f));
    out.push({ f, raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  return out;
}

/**
 * The shipped wasm's size by module, from twiggy over the same build with its function names
 * kept (`SL_WASM_WITH_NAMES`, made by `./build.sh bench`): functions summed by crate (by module
 * under `sourcelight`, and under `sourcelight::decide`), data segments (tables, lexicons,
 * strings) on their own line, the exports with what they inline on another; the names section
 * left out. A function inlined into another counts where it was inlined. `null` without that file or twiggy.
 */
function moduleSizes() {
  const file = process.env.SL_WASM_WITH_NAMES;
  if (!file || !fs.existsSync(file)) return null;
  let csv;
  try {
    csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
  const groups = new Map();
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^(.*),(\d+),[\d.]+,[\d.]*,[\d.]*$/);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, '').replace(/""/g, '"');
    if (/names" subsection|'producers'/.test(name)) continue; // (not in the shipped file)
    let key;
    if (name.startsWith('data segment')) key = 'data segments (tables, lexicons, strings)';
    else {
      const path = name.replace(/^[<&]+(dyn )?/, '').replace(/\[[0-9a-f]{16}\]/g, '').split(/[<> ]/)[0].split('::');
      if (path.length < 2) key = 'exports and glue (with the code they inline)';
      else if (path[0] === 'sourcelight') key = path.slice(0, path[1] === 'decide' ? 3 : 2).join('::');
      else key = path[0];
    }
    groups.set(key, (groups.get(key) ?? 0) + Number(m[2]));
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

async function memoryAndPopup(server, largest) {
  const b = await launch('chromium');
  try {
    const url = `${server.url}/readability/${largest}/source.html`;
    const page = await b.open(url);
    await waitFor(async () => (await b.ext(probe.report, url).catch(() => null))?.runs > 0, 20000, 'the run');
    const worker = b.raw.serviceWorkers()[0];
    const wasm = await worker.evaluate(() => globalThis.sourcelightEngineMemory());
    const cdp = await page.raw.context().newCDPSession(page.raw);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const first = await heap();
    for (let i = 0; i < 50; i++) {
      await b.ext(probe.toggle, url);
      await waitFor(async () => (await b.ext(probe.report, url))?.on === (i % 2 === 1), 10000, 'the toggle');
      if (i % 2 === 1) await waitFor(async () => (await b.ext(probe.report, url))?.runs > 0, 10000, 'the run');
    }
    const after = await heap();
    const tabId = await b.ext(probe.tabIdOf, url);
    const opens = [];
    for (let i = 0; i < 5; i++) {
      const popup = await b.openExt(`popup.html?tab=${tabId}`);
      await waitFor(() => popup.evaluate(() => !!document.body.dataset.ready), 10000, 'the popup');
      opens.push(await popup.evaluate(() => Number(document.body.dataset.ready)));
      await popup.close();
    }
    const throughput = await attributionThroughput(b, server);
    return { wasm, first, after, opens, throughput };
  } finally {
    await b.close();
  }
}

/** findAttributions over the PolNeAR texts in the browser (wasm): MB/s of UTF-8. */
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
    return { bytes, ms: runs[1] };
  }, { base: server.url, texts });
  await page.close();
  return result;
}

/** Prints section 2: the whole pass beside Readability, one row per figure. */
function passTable(rows, warmed) {
  console.log(`\n2. Whole pass in the page's own thread beside Readability 0.6.0 (${rows.length} pages, median of ${REPEAT} warm runs per page):`);
  console.log(`  ${''.padEnd(44)} ${'median'.padStart(12)} ${'p95'.padStart(12)}`);
  const col = (k) => rows.map((r) => r[k]);
  row('consent pass', col('consent'));
  row('whole pass (warm)', col('whole'));
  row('  of which reading the page', col('read'));
  row('  of which deciding (wasm)', col('decide'));
  row('  of which applying', col('apply'));
  row('Readability parse() (warm)', col('parse'));
  row('whole pass (cold, first run on the page)', col('cold'));
  row('  of which reading the page', col('coldRead'));
  row('  of which deciding (wasm)', col('coldDecide'));
  row('  of which applying', col('coldApply'));
  row('whole pass (cold, after the engine\'s warm-up)', warmed.map((r) => r.cold));
  row('  of which deciding (wasm)', warmed.map((r) => r.coldDecide));
  row('Readability parse() (cold)', col('coldParse'));
  console.log(`  whole / Readability, median of per-page ratios: ${median(rows.map((r) => r.whole / r.parse)).toFixed(3)}; median whole / median Readability: ${(median(col('whole')) / median(col('parse'))).toFixed(3)}`);
  console.log(`  cold / Readability's cold: ${(median(col('cold')) / median(col('coldParse'))).toFixed(3)}; after the warm-up: ${(median(warmed.map((r) => r.cold)) / median(warmed.map((r) => r.coldParse))).toFixed(3)}`);
}

/** The ad-frame figures: `server`'s ad frames, then its hidden frames. */
async function printAdFrames(server) {
  const kinds = [
    { page: 'ad-frames.html', what: 'A sub-frame with nothing worth reading', frames: 'ad frames', each: 'ad frame' },
    { page: 'ad-frames.html?hidden', what: 'A sub-frame hidden by its style attribute', frames: 'frames', each: 'hidden frame' },
  ];
  for (const { page, what, frames, each } of kinds) {
    const { perFrame, perFrameCpu, withContent, loads } = await adFrameCost(server, page);
    console.log(`   ${what} (www/bench/${page}: ${perFrame.length} ${frames} over ${loads} loads):`);
    row(`our script time per ${each}`, perFrame);
    row('  of it on the CPU (the thread\'s CPU time)', perFrameCpu);
    console.log(`   content.js (and so the engine) loaded into ${withContent} of them`);
  }
}

function printThroughput(t) {
  if (!t) return;
  const mbs = t.bytes / 1e6 / (t.ms / 1000);
  console.log(`   Attribution in the browser (wasm): ${(t.bytes / 1e6).toFixed(2)} MB of PolNeAR text in ${t.ms.toFixed(0)} ms: ${mbs.toFixed(1)} MB/s`);
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────
async function main() {
  if (!fs.existsSync(READABILITY)) {
    console.log('bench: ../shared/fixtures/readability-pages is missing');
    return;
  }
  const all = fs.readdirSync(READABILITY).filter((d) => fs.existsSync(path.join(READABILITY, d, 'source.html'))).sort();
  const slugs = all.slice(0, Number(process.argv[2] ?? all.length));
  const largest = all.reduce((a, b) => (fs.statSync(path.join(READABILITY, a, 'source.html')).size >= fs.statSync(path.join(READABILITY, b, 'source.html')).size ? a : b));
  const server = await startServer();
  if (process.env.SL_BENCH_ONLY === 'pass') {
    try {
      passTable(await wholePass(server, slugs), await wholePass(server, slugs, { warm: true }));
      const b = await launch('chromium', { extension: false });
      try {
        printThroughput(await attributionThroughput(b, server));
      } finally {
        await b.close();
      }
    } finally {
      await server.close();
    }
    return;
  }
  if (process.env.SL_BENCH_ONLY === 'frames') {
    try {
      await printAdFrames(server);
    } finally {
      await server.close();
    }
    return;
  }
  try {
    console.log(`\nSourcelight bench over ${slugs.length} of Readability's test pages (median and p95 over pages)\n`);
    const load = await pageLoadCost(server, slugs);
    if (process.env.SL_BENCH_ROWS) fs.writeFileSync(process.env.SL_BENCH_ROWS, JSON.stringify(load, null, 1));
    console.log(`1. Page-load cost, headless Chromium, from its trace, against a no-op extension (${load.length} pages, ${LOADS} load${LOADS > 1 ? 's' : ''} each):`);
    console.log(`  ${''.padEnd(44)} ${'median'.padStart(12)} ${'p95'.padStart(12)}`);
    row('script time per load (content.js, frame.js)', load.map((r) => r.script));
    row('  of it on the CPU (the thread\'s CPU time)', load.map((r) => r.scriptCpu));
    row('longest task running content.js', load.map((r) => r.longest));
    row('  our own time in one task, longest', load.map((r) => r.ownLongest));
    row('longest main-thread task, added (vs no-op)', load.map((r) => r.longestAdded));
    row('  the same by the CPU time one task held', load.map((r) => r.longestCpuAdded));
    row('main-thread busy time added', load.map((r) => r.busyAdded));
    row('(no-op extension: its script time)', load.map((r) => r.noopScript));
    await printAdFrames(server);
    if (process.env.SL_BENCH_ONLY === 'load') return;
    const ff = await firefoxPageMs(server, slugs);
    console.log(`   Firefox (${ff.length} pages): the content script's runs on the page's thread (read, layout answers, apply):`);
    row('time per load', ff);

    passTable(await wholePass(server, slugs), await wholePass(server, slugs, { warm: true }));

    console.log('\n3. Size of what ships (dist/chrome):');
    for (const s of sizes()) console.log(`  ${s.f.padEnd(16)} ${(s.raw / 1024).toFixed(0).padStart(6)} KB raw ${(s.gz / 1024).toFixed(0).padStart(6)} KB gzipped`);
    const modules = moduleSizes();
    if (modules) {
      console.log('   engine.wasm by module (twiggy; KB of code or data, raw):');
      for (const [name, bytes] of modules.slice(0, 16)) console.log(`    ${name.padEnd(46)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
      const rest = modules.slice(16).reduce((sum, [, b]) => sum + b, 0);
      console.log(`    ${`${modules.length - 16} more`.padEnd(46)} ${(rest / 1024).toFixed(1).padStart(7)} KB`);
    }
    const m = await memoryAndPopup(server, largest);
    console.log(`   Memory: the engine's wasm memory after the largest page (${largest}): ${(m.wasm / 1048576).toFixed(1)} MB;`);
    console.log(`   the page's JS heap: ${(m.first / 1048576).toFixed(1)} MB after the first run, ${(m.after / 1048576).toFixed(1)} MB after 50 toggles (growth ${((m.after - m.first) / 1048576).toFixed(2)} MB)`);
    console.log(`   Popup: data on screen ${fmt(median(m.opens))} after it opened (median of ${m.opens.length}; max ${fmt(Math.max(...m.opens))})`);
    printThroughput(m.throughput);
  } finally {
    await server.close();
  }
}

await main();
