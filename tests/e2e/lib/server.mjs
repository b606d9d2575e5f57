// A static server for the test and demo pages, on 127.0.0.1 and a free port.
//
//   /<path>                       dist/www/<path>
//   /csp/<policy>/<path>          the same file, sent with a Content-Security-Policy header:
//                                 policy "self" → script-src 'self'
//                                 policy "nonce" → script-src 'nonce-sourcelight' 'strict-dynamic'
//   /stall/<ms>/<path>            the same page, its rest sent <ms> after its first kilobyte
//   /readability/<slug>/<file>    ../shared/fixtures/readability-pages/<slug>/<file> (read-only,
//                                 third-party pages; never copied into the repository)

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WWW = path.join(ROOT, 'dist/www');
export const READABILITY = path.resolve(ROOT, '../shared/fixtures/readability-pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.json': 'application/json',
};
const POLICIES = {
  self: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  nonce: "script-src 'nonce-sourcelight' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
};

/** Resolves `rel` inside `base`, refusing paths that leave it. */
function inside(base, rel) {
  const p = path.resolve(base, '.' + path.posix.normalize('/' + decodeURIComponent(rel)));
  return p.startsWith(base + path.sep) || p === base ? p : null;
}

/** Starts the server; resolves to {url, close()}. */
export async function startServer() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    const headers = {};
    let m;
    if ((m = url.pathname.match(/^\/stall\/(\d+)(\/.*)$/))) {
      // A page that stops arriving for that many ms after its first kilobyte or so: still
      // loading, its content scripts started, DOMContentLoaded not yet.
      const body = await fs.readFile(inside(WWW, m[2]) ?? '').catch(() => null);
      if (body) {
        const cut = body.indexOf('\n', 1100) + 1 || body.length;
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.write(body.subarray(0, cut));
        setTimeout(() => res.end(body.subarray(cut)), Number(m[1]));
        return;
      }
    }
    if ((m = url.pathname.match(/^\/csp\/(self|nonce)(\/.*)$/))) {
      headers['content-security-policy'] = POLICIES[m[1]];
      file = inside(WWW, m[2]);
    } else if ((m = url.pathname.match(/^\/readability(\/.*)$/))) {
      file = inside(READABILITY, m[1]);
    } else {
      file = inside(WWW, url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname);
    }
    try {
      if (!file) throw new Error('outside');
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
