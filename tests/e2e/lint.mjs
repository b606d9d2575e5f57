// web-ext lint on the Firefox package: prints and fails on errors and warnings.
// Usage: node tests/e2e/lint.mjs dist/firefox
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/server.mjs';

const dir = process.argv[2] ?? 'dist/firefox';
let out;
try {
  out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero when it finds errors
}
const result = JSON.parse(out);
for (const w of result.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
for (const e of result.errors) console.log(`ERROR ${e.code}: ${e.message} (${e.file ?? ''})`);
console.log(`web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
// Warnings fail too: the package ships with none.
process.exit(result.errors.length || result.warnings.length ? 1 : 0);
