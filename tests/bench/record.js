// What one page gives the engine, for replaying it outside the browser (tests/e2e/replay.mjs):
// the packed snapshot, the viewport, and the layout answers to each question the engine asks.
// Bundled by tests/e2e/replay.mjs into dist/www/bench/record.js.

import init, { Run } from '../../pkg/sourcelight.js';
import { readDocument } from '../../extension/content/walk.js';
import { answer, viewport } from '../../extension/content/layout.js';

/** Loads the engine from `wasmUrl` and records one whole decision on the page. */
export async function record(wasmUrl) {
  await init({ module_or_path: wasmUrl });
  const read = readDocument();
  const request = { viewport: viewport() };
  const run = new Run(read.packed, request);
  const answers = [];
  let step = run.decide({});
  while (step.need) {
    answers.push(answer(read.nodes, step.need));
    step = run.decide(answers.at(-1));
  }
  run.free();
  return { packed: read.packed, request, answers };
}
