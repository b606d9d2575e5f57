// The engine package (pkg/) in Node, as the README shows it: no DOM needed, offsets in UTF-16
// code units, errors that name their kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import init, { findAttributions, Run } from '../../pkg/sourcelight.js';
import { PACKED_SEPARATOR, PACKED_VERSION } from '../../extension/generated/rules.js';

await init({ module_or_path: fs.readFileSync(new URL('../../pkg/sourcelight_bg.wasm', import.meta.url)) });

test('findAttributions works in Node, with UTF-16 offsets', () => {
  const text = '😀 “No,” said Dmitry Peskov.';
  const [a] = findAttributions(text, 'en');
  assert.equal(text.slice(a.source.start, a.source.end), 'Dmitry Peskov');
  assert.deepEqual(a.cue, { start: 9, end: 13, text: 'said' });
  assert.equal(a.sourceKind, 'named');
  assert.throws(() => findAttributions('He said so.', 7), (e) => e.kind === 'input-bad-value');
});

test('a Run over a packed snapshot decides, and bad input throws with its kind', () => {
  const fields = ['S', PACKED_VERSION, '0', '0', 'E', '1', '', 'html', '', '', '', '0', 'E', '2', '0', 'body', '', '', '', '0',
    'E', '3', '1', 'p', '', '', '', '0', 'T', '2', '', '“We are pleased,” said Maria Lopez, the mayor of the town, on Monday morning.'];
  const packed = fields.map((f) => `${f}${PACKED_SEPARATOR}`).join('');
  const run = new Run(packed, { viewport: { width: 1280, height: 800 } });
  let step = run.decide({});
  while (step.need) step = run.decide(Object.fromEntries(step.need.map((id) => [id, null])));
  run.free();
  assert.equal(step.outcome.report.attributions[0].source.text, 'Maria Lopez, the mayor of the town');
  assert.throws(() => new Run(packed, { options: { atribution: true } }), (e) => e.kind === 'option-unknown');
  assert.throws(() => new Run('not a snapshot', {}), (e) => e.kind === 'snapshot-version');
});
