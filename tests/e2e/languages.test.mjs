// Attribution in German and French pages of our own (www/lang/), in both browsers with the built
// extension: the language comes from <html lang>; a Spanish page gets no highlights.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from './lib/browsers.mjs';
import { browserSuite } from './lib/suite.mjs';
import * as probe from './lib/probes.mjs';

const PAGES = {
  de: {
    sources: ['Ein Sprecher der Hafenbehörde', 'Rosa Lindqvist, die Betriebsleiterin der Behörde', 'Angaben des Verkehrsministeriums', 'Die Reederei Nordlicht', 'einer Mitteilung der Stadt'],
    cues: ['sagte', 'sagte', 'nach', 'teilte', 'Laut'],
  },
  fr: {
    sources: ['Le directeur du port', 'elle', 'le ministère des Transports', "Rosa Lindqvist, responsable de l'exploitation"],
    cues: ['a déclaré', 'affirmé', 'Selon', 'explique'],
  },
};

browserSuite('languages', (ctx) => {
  for (const [lang, want] of Object.entries(PAGES)) {
    test(`${lang}: sources and cues are highlighted`, async () => {
      const page = await ctx.browser.open(`${ctx.server.url}/lang/${lang}.html`);
      const state = await waitFor(async () => {
        const s = await page.evaluate(probe.pageState);
        return s.cues.length >= want.cues.length && s;
      }, 15000, 'the highlights');
      assert.deepEqual(state.sources, want.sources);
      assert.deepEqual(state.cues, want.cues);
      await page.close();
    });
  }

  test('es: a language without rules gets no highlights', async () => {
    const page = await ctx.browser.open(`${ctx.server.url}/lang/es.html`);
    const report = await waitFor(async () => {
      const r = await ctx.browser.ext(probe.report, `${ctx.server.url}/lang/es.html`);
      return r && r.runs > 0 && r;
    }, 15000, 'the engine to run');
    assert.deepEqual(report.attributions, []);
    const state = await page.evaluate(probe.pageState);
    assert.deepEqual([state.sources, state.cues], [[], []]);
    await page.close();
  });
});
