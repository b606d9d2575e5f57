// One suite per browser, each with its own test server and browser (the built extension loaded).

import { after, before, describe } from 'node:test';
import { startServer } from './server.mjs';
import { BROWSERS, launch } from './browsers.mjs';

/**
 * Declares `describe("<title> in <browser>")` for Chromium and Firefox. Before its tests a server
 * and the browser start; after them both close, then `options.done(context)` runs. `body(context)`
 * declares the tests, which read `context.server` and `context.browser` (set once they start);
 * `context.name` is the browser's name. `options.skip`: a reason to skip the suites.
 */
export function browserSuite(title, body, { skip, done } = {}) {
  for (const name of BROWSERS) {
    describe(`${title} in ${name}`, { skip }, () => {
      const context = { name };
      before(async () => {
        context.server = await startServer();
        context.browser = await launch(name);
      });
      after(async () => {
        await context.browser?.close();
        await context.server?.close();
        await done?.(context);
      });
      body(context);
    });
  }
}
