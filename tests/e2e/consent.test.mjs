// Consent notices in Chromium and Firefox with the built extension: one page per CMP, per
// language, for late, re-inserted, shadow-root and framed notices, one trap page per failure kind
// that users of the anchors report, and pages served with a strict CSP. Fixtures: www/consent/pages.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as probe from './lib/probes.mjs';
import { checkFixture } from './lib/checks.mjs';
import { fixtureSuite } from './lib/fixtures.mjs';

fixtureSuite('consent notices', 'consent', (ctx, index) => {
  for (const policy of ['self', 'nonce']) {
    for (const fixture of index.csp) {
      test(`${fixture} under CSP "${policy}"`, async () => {
        const { state, report } = await ctx.visit(`${ctx.server.url}/csp/${policy}/consent/${fixture}.html`);
        checkFixture(fixture, state, report);
        // Chrome refuses WebAssembly in content scripts on such pages: the engine runs in the
        // extension's background, whatever the page's CSP.
        assert.equal(report.engine, 'background');
      });
    }
  }

  test('with the reject-click option, "reject" is clicked (never "accept")', async () => {
    await ctx.browser.ext(probe.setSettings, probe.settingsWith({ rejectClick: true }));
    try {
      const { state } = await ctx.visit(`${ctx.server.url}/consent/trap-08-accept.html`);
      assert.equal(state.clicked, 'reject');
      assert.ok(state.hidden.every((h) => h.hidden));
    } finally {
      await ctx.browser.ext(probe.setSettings, probe.settingsWith({ rejectClick: false }));
    }
  });
});
