// Start-up under load: loads a page many times in each browser with the built extension while a
// second process keeps a CPU core busy, and counts the loads where Sourcelight did not start
// (no report within 10 s, a failed run, or a "Sourcelight: could not …" message). One load in
// ten follows a page left as soon as its DOM was there, as a reader who clicks on.
//
//   node tests/e2e/startup-stress.mjs [loads per browser, default 1000] [chromium|firefox]

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { BROWSERS, launch, waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';

if (process.argv[2] === '--busy') {
  for (;;); // the busy loop, in its own process
}

const loads = Number(process.argv[2] ?? 1000);
const only = process.argv[3];
const busy = fork(fileURLToPath(import.meta.url), ['--busy']);
const server = await startServer();
try {
  for (const name of BROWSERS.filter((b) => !only || b === only)) {
    const browser = await launch(name);
    const failures = [];
    const driverErrors = []; // the test driver's own failures to load the page (not start-up failures)
    const started = Date.now();
    try {
      const page = await browser.open(`${server.url}/demo.html`);
      for (let i = 0; i < loads; i++) {
        const url = `${server.url}/demo.html?load=${i}`;
        if (i % 10 === 9) {
          // A page left as soon as its DOM is there, while its content script is still starting
          // (asking for its settings). Navigations that overlap in the driver itself are avoided:
          // Firefox's WebDriver BiDi then waits for good, Playwright fails the second one.
          try {
            await page.goto(`${server.url}/bad/empty.html?load=${i}`, 'domcontentloaded');
          } catch (e) {
            driverErrors.push(`${i}: ${e.message.split('\n')[0]}`);
          }
        }
        try {
          await page.goto(url);
        } catch (e) {
          driverErrors.push(`${i}: ${e.message.split('\n')[0]}`);
          continue;
        }
        const seen = page.messages().length;
        try {
          const report = await waitFor(async () => {
            const r = await browser.ext(probe.report, url).catch(() => null);
            return r?.runs > 0 && r;
          }, 10000, 'the report');
          if (report.failed) failures.push(`${i}: the run failed`);
        } catch (e) {
          failures.push(`${i}: ${e.message}`);
        }
        const problems = page.messages().slice(seen).filter((m) => /Sourcelight: could not/.test(m.text));
        for (const m of problems) failures.push(`${i}: ${m.text}`);
      }
    } finally {
      await browser.close();
    }
    const s = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`${name}: ${loads} loads with a busy CPU in ${s} s: ${failures.length} start failures; ${driverErrors.length} loads the driver could not make`);
    for (const f of [...failures, ...driverErrors].slice(0, 20)) console.log(`  ${f}`);
  }
} finally {
  busy.kill();
  await server.close();
}
