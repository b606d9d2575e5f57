// Real headless browsers with the built extension loaded, behind one small interface:
//
//   const b = await launch('chromium' | 'firefox');
//   const page = await b.open(url);          // a tab: page.evaluate(fn, arg), page.screenshot({path}),
//                                             // page.wheel(dy), page.press(key) (real input)
//   await b.ext(fn, arg);                     // runs fn inside an extension page (options.html),
//                                             // where the extension's own APIs are available
//   await b.origin();                         // the extension's origin
//   await b.close();
//
// Chromium: Debian's /usr/bin/chromium through playwright-core (--load-extension).
// Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi, the extension
// installed as a temporary add-on. Neither downloads a browser.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server.mjs';

const GECKO_ID = 'sourcelight@sourcelight.invalid';
const FIREFOX_UUID = '5e0a1c2d-0b6f-4c4e-8f7a-51c0ed1e1a55';
const VIEWPORT = { width: 1280, height: 800 };

export const BROWSERS = ['chromium', 'firefox'];

/** `extensionDir`: another unpacked extension to load instead (Chromium; the bench's no-op one). */
export async function launch(name, { extension = true, extensionDir } = {}) {
  return name === 'chromium' ? launchChromium(extension, extensionDir) : launchFirefox(extension);
}

async function launchChromium(extension, extensionDir) {
  const { chromium } = await import('playwright-core');
  const dir = extensionDir ?? path.join(ROOT, 'dist/chrome');
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-chromium-'));
  // Requests to anything but loopback go to a dead proxy and fail at once (these machines have
  // no internet; saved pages still ask for their ads and fonts).
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-features=DialMediaRouteProvider',
    '--proxy-server=127.0.0.1:59599'];
  if (extension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args, viewport: VIEWPORT,
  });
  let extPage = null;
  // The extension's id does not change when it is reloaded; its worker may be stopped then.
  let origin = null;
  const extOrigin = async () => {
    if (!origin) {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
      origin = `chrome-extension://${new URL(sw.url()).host}`;
    }
    return origin;
  };
  return {
    name: 'chromium',
    raw: context,
    /** The extension's origin (chrome-extension://<id>). */
    origin: extOrigin,
    /** Opens `url` in a new tab; `until`: 'load' (default) or 'domcontentloaded'. */
    async open(url, { until = 'load' } = {}) {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(url, until);
      return page;
    },
    /** Opens one of the extension's pages (`popup.html?tab=3`) in a new tab. */
    async openExt(path) {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(`${await extOrigin()}/${path}`);
      return page;
    },
    async ext(fn, arg) {
      if (!extPage) {
        extPage = await context.newPage();
        await extPage.goto(`${await extOrigin()}/options.html`);
      }
      return extPage.evaluate(fn, arg);
    },
    /**
     * Reloads the extension (as an update does), with pages left open; resolves once it is back.
     * Chromium keeps a reloaded unpacked extension enabled only in developer mode: turned on first.
     */
    async reloadExtension() {
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      await page.evaluate(() => new Promise((r) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, r)));
      await page.close();
      return reload(this, async () => {
        await extPage?.close().catch(() => {});
        extPage = null;
      });
    },
    async close() {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

function wrapPlaywright(page) {
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
  return {
    messages: () => messages,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    screenshot: (opts) => page.screenshot(opts),
    url: () => page.url(),
    goto: (url, until = 'load') => page.goto(url, { waitUntil: until }),
    /** Turns the mouse wheel over the middle of the viewport (real input, as a reader scrolls). */
    async wheel(dy) {
      await page.bringToFront();
      await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
      await page.mouse.wheel(0, dy);
    },
    /** Sets this tab's viewport size (CSS px). */
    resize: (width, height) => page.setViewportSize({ width, height }),
    /** Presses a key (real input) in this tab, brought to the front to have the focus. */
    async press(key) {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    close: () => page.close(),
    raw: page,
  };
}

async function launchFirefox(extension) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, enableExtensions: extension,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Wheel and key scrolling land at once (the tests read the position right after).
      'general.smoothScroll': false,
      // As for Chromium: everything but loopback goes to a dead proxy.
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 59599,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 59599, 'network.proxy.no_proxies_on': '',
    },
  });
  let dir = null;
  if (extension) dir = await testCopy();
  if (extension) await browser.installExtension(dir);
  let extPage = null;
  return {
    name: 'firefox',
    /** The extension's origin (moz-extension://<uuid>: random per install, fixed here by a test pref). */
    origin: async () => `moz-extension://${FIREFOX_UUID}`,
    async open(url, { until = 'load' } = {}) {
      const page = wrapPuppeteer(await browser.newPage());
      await page.goto(url, until);
      return page;
    },
    async openExt(path) {
      // As in `ext`: a web page may navigate to the test copy's web-accessible pages.
      const page = wrapPuppeteer(await browser.newPage());
      await page.goto('about:blank');
      await page.evaluate((u) => { location.href = u; }, `moz-extension://${FIREFOX_UUID}/${path}`);
      await waitFor(() => page.evaluate(() => typeof browser !== 'undefined' && document.readyState === 'complete').catch(() => false), 10000);
      return page;
    },
    async ext(fn, arg) {
      if (!extPage) {
        // WebDriver BiDi may not navigate to moz-extension: URLs, but a page may (the test copy
        // lists options.html as web-accessible); evaluation then runs in the extension page.
        extPage = await browser.newPage();
        await extPage.goto('about:blank');
        await extPage.evaluate((u) => { location.href = u; }, `moz-extension://${FIREFOX_UUID}/options.html`);
        await waitFor(() => extPage.evaluate(() => typeof browser !== 'undefined' && !!browser.tabs).catch(() => false), 10000);
      }
      return extPage.evaluate(fn, arg);
    },
    /** Reloads the extension (as an update does), with pages left open; resolves once it is back. */
    reloadExtension() {
      return reload(this, async () => {
        await extPage?.close().catch(() => {});
        extPage = null;
      });
    },
    async close() {
      await browser.close();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of dist/firefox whose manifest lists options.html and popup.html as web-accessible: the
 * only way for the test to reach an extension page in Firefox (see `ext` above). The shipped
 * package exposes nothing.
 */
async function testCopy() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-firefox-ext-'));
  await fs.cp(path.join(ROOT, 'dist/firefox'), dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['options.html', 'popup.html'], matches: ['<all_urls>'] }];
  await fs.writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

function wrapPuppeteer(page) {
  const messages = [];
  // Saved pages call alert(); a dialog left open blocks the page (Playwright dismisses them itself).
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
  return {
    messages: () => messages,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    screenshot: (opts) => page.screenshot(opts),
    url: () => page.url(),
    async goto(url, until = 'load') {
      try {
        await page.goto(url, { waitUntil: until, timeout: 15000 });
      } catch (e) {
        // Firefox's WebDriver BiDi fails the navigation when one of the page's frames is refused
        // ("Address rejected": saved pages embed remote frames), and now and then never reports
        // the load of a page whose scripts are refused; the page itself has loaded.
        if (!/Address rejected|Navigation timeout/.test(e.message)) throw e;
        await waitFor(() => page.evaluate(() => document.readyState === 'complete').catch(() => false), 15000, 'the page to load');
      }
    },
    async wheel(dy) {
      await page.bringToFront();
      await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
      await page.mouse.wheel({ deltaY: dy });
    },
    async press(key) {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
    raw: page,
  };
}

/**
 * Whether `input` (real wheel or key input on `page`) scrolls the page. Scripts may scroll a
 * locked page (`overflow: hidden` stops only the reader), so the reader's own input is the test.
 * The page is put back where it was.
 */
export async function userScrolls(page, input) {
  const y0 = await page.evaluate(() => {
    document.activeElement?.blur?.();
    return window.scrollY;
  });
  await input();
  await new Promise((r) => setTimeout(r, 300));
  const y1 = await page.evaluate(() => window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y), y0);
  return y1 > y0;
}

/** Whether the reader can scroll the page, with the wheel and with the keyboard. */
export async function readerScrolls(page) {
  return { wheel: await userScrolls(page, () => page.wheel(400)), key: await userScrolls(page, () => page.press('PageDown')) };
}

/** Reloads the extension of browser `b`; `forget()` drops its extension page, which the reload closes. */
async function reload(b, forget) {
  await b.ext(() => {
    setTimeout(() => (globalThis.browser ?? globalThis.chrome).runtime.reload(), 50);
    return true;
  }).catch(() => {});
  await new Promise((r) => setTimeout(r, 1000));
  await waitFor(async () => {
    await forget();
    return b.ext(() => !!(globalThis.browser ?? globalThis.chrome)?.storage?.local).catch(() => false);
  }, 15000, 'the extension to be back');
}

/** Polls `check` until it returns a truthy value; throws with `what` after `ms`. */
export async function waitFor(check, ms = 10000, what = 'condition') {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
