// The whole pass in the page's own thread, for the bench beside Readability: the content script's
// read and apply (extension/content/) around the engine package (pkg/), with the layout questions
// answered at once. The extension itself runs the same code, with the engine in its background.
// Bundled by tests/e2e/bench.mjs into dist/www/bench/inpage.js.

import init, { Run } from '../../pkg/sourcelight.js';
import { warmUpInRounds } from '../../extension/background/engine.js';
import { readDocument } from '../../extension/content/walk.js';
import { answer, viewport } from '../../extension/content/layout.js';
import { Applied } from '../../extension/content/apply.js';

/** Loads the engine from `wasmUrl`; with `warm`, runs its warm-up as the background does (all its
 * rounds). */
export async function load(wasmUrl, { warm = false } = {}) {
  await init({ module_or_path: wasmUrl });
  if (warm) await warmUpInRounds();
}

/** One whole pass (read, decide, apply) with `options`: its times in ms, and `undo()`. */
export function pass(options) {
  const t0 = performance.now();
  const read = readDocument();
  const t1 = performance.now();
  const run = new Run(read.packed, { options, viewport: viewport() });
  let step = run.decide({});
  while (step.need) step = run.decide(answer(read.nodes, step.need));
  run.free();
  const t2 = performance.now();
  const applied = new Applied();
  applied.apply(step.outcome, read.nodes, true);
  const t3 = performance.now();
  return { read: t1 - t0, decide: t2 - t1, apply: t3 - t2, whole: t3 - t0, undo: () => applied.undo() };
}
