// Consent notices in Chromium and Firefox with the built extension: one page per CMP, per
// language, for late, re-inserted, shadow-root and framed notices, one trap page per failure kind
// that users of the anchors report, and pages served with a strict CSP (in Chrome the engine then
// runs as wasm2js). Fixtures: www/consent/pages.mjs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, WWW } from './lib/server.mjs';
import { BROWSERS, launch, waitFor } from './lib/browsers.mjs';
import * as probe from './lib/probes.mjs';
import { checkFixture, fixtureState } from './lib/checks.mjs';

const INDEX = JSON.parse(fs.readFileSync(path.join(WWW, 'consent/index.json'), 'utf8'));

for (const name of BROWSERS) {
  describe(`consent notices in ${name}`, () => {
    let server, browser;
    before(async () => {
      server = await startServer();
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function visit(url) {
      const page = await browser.open(url);
      const report = await waitFor(async () => {
        const r = await browser.ext(probe.report, url).catch(() => null);
        return r?.on && r.engine && r;
      }, 15000, `the content script in ${url}`);
      const wait = await page.evaluate(() => JSON.parse(document.getElementById('expect').textContent).wait);
      await new Promise((r) => setTimeout(r, wait));
      const state = await page.evaluate(fixtureState);
      const final = await browser.ext(probe.report, url);
      const problems = page.messages().filter((m) => m.type === 'pageerror' || /sourcelight/i.test(m.text));
      await page.close();
      return { state, report: final, first: report, problems };
    }

    for (const fixture of INDEX.pages) {
      test(fixture, async () => {
        const { state, report, problems } = await visit(`${server.url}/consent/${fixture}.html`);
        checkFixture(fixture, state, report);
        assert.deepEqual(problems, []);
        assert.equal(report.engine, 'wasm');
      });
    }

    for (const policy of ['self', 'nonce']) {
      for (const fixture of INDEX.csp) {
        test(`${fixture} under CSP "${policy}"`, async () => {
          const { state, report } = await visit(`${server.url}/csp/${policy}/consent/${fixture}.html`);
          checkFixture(fixture, state, report);
          // Chrome refuses WebAssembly in content scripts on such pages: the same engine, as wasm2js.
          assert.equal(report.engine, name === 'chromium' ? 'wasm2js' : 'wasm');
        });
      }
    }

    test('with the reject-click option, "reject" is clicked (never "accept")', async () => {
      await browser.ext(probe.setSettings, { schemaVersion: 1, disabledSites: [], rejectClick: true });
      try {
        const { state } = await visit(`${server.url}/consent/trap-08-accept.html`);
        assert.equal(state.clicked, 'reject');
        assert.ok(state.hidden.every((h) => h.hidden));
      } finally {
        await browser.ext(probe.setSettings, { schemaVersion: 1, disabledSites: [], rejectClick: false });
      }
    });
  });
}
