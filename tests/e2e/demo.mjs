// The demo: the seed page (and our own demo page) before and after, in headless Chromium with
// the built extension. Writes dist/demo/<page>-before.png and -after.png (full page).
//
// "Before" is the page with Sourcelight turned off for the site; "after" is the same tab after
// turning it on with the toolbar's code path, without a reload.

import fs from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT, WWW } from './lib/server.mjs';
import { launch, waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';

const OUT = path.join(ROOT, 'dist/demo');
const pages = [];
for (const name of ['seed', 'demo']) {
  try {
    await fs.access(path.join(WWW, `${name}.html`));
    pages.push(name);
  } catch {
    // the seed page is built only where ../shared/seed exists
  }
}

/** dist/demo/<name>-compare.png: before and after, side by side, cut to the first screen. */
async function sideBySide(b, name) {
  const img = async (which) => `data:image/png;base64,${(await fs.readFile(path.join(OUT, `${name}-${which}.png`))).toString('base64')}`;
  const page = await b.open('about:blank');
  await page.raw.setContent(`<body style="margin:0;background:#666;display:flex;gap:12px;padding:12px;font:bold 18px sans-serif;color:#fff">
    <div><p style="margin:4px 0 8px">Before</p><div style="width:900px;height:760px;overflow:hidden"><img src="${await img('before')}" style="width:900px"></div></div>
    <div><p style="margin:4px 0 8px">After (Sourcelight on)</p><div style="width:900px;height:760px;overflow:hidden"><img src="${await img('after')}" style="width:900px"></div></div></body>`);
  await page.raw.setViewportSize?.({ width: 1848, height: 820 });
  await page.screenshot({ path: path.join(OUT, `${name}-compare.png`), clip: { x: 0, y: 0, width: 1848, height: 820 } });
  await page.close();
}

await fs.mkdir(OUT, { recursive: true });
const server = await startServer();
const browser = await launch('chromium');
try {
  await browser.ext(probe.setDisabledSites, ['127.0.0.1']);
  for (const name of pages) {
    const url = `${server.url}/${name}.html`;
    const page = await browser.open(url);
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: path.join(OUT, `${name}-before.png`), fullPage: true });
    await browser.ext(probe.toggle, url);
    const state = await waitFor(async () => {
      const s = await page.evaluate(probe.pageState);
      return s.hidden.length > 0 && s.cues.length > 0 && s;
    }, 15000, 'the engine to run');
    await page.screenshot({ path: path.join(OUT, `${name}-after.png`), fullPage: true });
    const report = await browser.ext(probe.report, url);
    console.log(`${name}: removed ${report.removed.length} (${report.removed.map((r) => r.kind).join(', ')}); ` +
      `scroll unlocked: ${report.scrollUnlocked}; ${report.attributions.length} attributions; ${report.elapsedMs.toFixed(1)} ms; ` +
      `engine: ${report.engine}`);
    console.log(`  highlighted sources: ${state.sources.join(' | ')}`);
    console.log(`  screenshots: ${path.relative(ROOT, path.join(OUT, name + '-before.png'))}, ${path.relative(ROOT, path.join(OUT, name + '-after.png'))}`);
    await browser.ext(probe.toggle, url);
    await page.close();
    await sideBySide(browser, name);
  }
  await browser.ext(probe.setDisabledSites, []);
} finally {
  await browser.close();
  await server.close();
}
