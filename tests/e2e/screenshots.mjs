// Before/after screenshots of real pages, to look at what Sourcelight removes:
// `node tests/e2e/screenshots.mjs <slug>...` (slugs of ../shared/fixtures/readability-pages)
// writes dist/screenshots/<slug>.png: around each element Sourcelight removes (at most six), on
// the left the page with it outlined in red, on the right the same place without it. The saved
// pages load no remote style sheets here, so they look plainer than on their sites.

import fs from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './lib/server.mjs';
import { launch, waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';

const OUT = path.join(ROOT, 'dist/screenshots');
/** At most this many removed elements are shown per page. */
const MAX_SHOTS = 6;
const slugs = process.argv.slice(2);
await fs.mkdir(OUT, { recursive: true });
const server = await startServer();
const browser = await launch('chromium');
try {
  for (const slug of slugs) {
    const url = `${server.url}/readability/${slug}/source.html`;
    const page = await browser.open(url);
    const report = await waitFor(async () => {
      const r = await browser.ext(probe.report, url).catch(() => null);
      return r?.on && r.runs > 0 && r;
    }, 15000, 'the engine');
    await new Promise((r) => setTimeout(r, 500));
    // Around each removed element (at most MAX_SHOTS): the page with it outlined, then after.
    const boxes = await page.evaluate((max) => {
      const out = [];
      for (const el of [...document.querySelectorAll('[data-sourcelight-hidden]')].slice(0, max)) {
        el.removeAttribute('data-sourcelight-hidden');
        el.dataset.slPreview = '1';
        el.style.setProperty('outline', '4px solid red', 'important');
        el.style.setProperty('outline-offset', '-2px', 'important');
        const r = el.getBoundingClientRect();
        const page = document.documentElement.scrollHeight;
        const y = Math.min(Math.max(0, r.top + window.scrollY - 120), Math.max(0, page - 260));
        out.push({ y, h: Math.min(Math.max(r.height + 240, 260), 700, page - y) });
      }
      return out;
    }, MAX_SHOTS);
    const shots = [];
    for (const box of boxes) {
      const clip = { x: 0, y: box.y, width: 1280, height: box.h };
      const marked = await page.screenshot({ fullPage: true, clip });
      await page.evaluate(() => { for (const el of document.querySelectorAll('[data-sl-preview]')) el.style.setProperty('visibility', 'hidden', 'important'); });
      const hiddenShot = await page.screenshot({ fullPage: true, clip });
      await page.evaluate(() => { for (const el of document.querySelectorAll('[data-sl-preview]')) el.style.removeProperty('visibility'); });
      shots.push([marked, hiddenShot]);
    }
    await page.close();
    const img = (b) => `data:image/png;base64,${b.toString('base64')}`;
    const rows = shots.map(([m, h]) => `<div style="display:flex;gap:8px;margin-bottom:8px"><img src="${img(m)}" style="width:640px"><img src="${img(h)}" style="width:640px"></div>`).join('');
    const sheet = await browser.open('about:blank');
    await sheet.raw.setContent(`<body style="margin:0;background:#555;padding:8px;font:bold 15px sans-serif;color:#fff">
      <p style="margin:2px 0 6px">${slug}: left, what Sourcelight removes (outlined); right, the same place without it</p>${rows || '<p>nothing removed</p>'}</body>`);
    await sheet.screenshot({ path: path.join(OUT, `${slug}.png`), fullPage: true });
    await sheet.close();
    console.log(`${slug}: ${report.removed.map((r) => `${r.kind} "${r.text.slice(0, 40)}"`).join('; ') || 'nothing removed'}`);
  }
} finally {
  await browser.close();
  await server.close();
}
