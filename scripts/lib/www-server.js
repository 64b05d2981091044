// A small static server for the built public site (dist/www) on
// http://127.0.0.1:<port>, with the same security headers as www/_headers
// (http on 127.0.0.1 is a secure context: the service worker runs). `extra`
// maps more paths to {body, type} (the tests serve their own signed list
// beside the site). Every request it answers is counted in `hits`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webmanifest': 'application/manifest+json', '.sig': 'text/plain; charset=utf-8',
  '.pub': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy line of www/_headers (one source for the server and the hosts). */
function headers(root) {
  const out = {};
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

async function serveSite(root, { extra = {}, port = 0 } = {}) {
  const sent = headers(root);
  const hits = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    hits.push(url.pathname);
    const own = extra[url.pathname];
    if (own) {
      res.writeHead(200, { 'content-type': own.type || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(own.body);
      return;
    }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...sent, 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', resolve); });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, hits, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

module.exports = { serveSite };

// `node scripts/lib/www-server.js [port]`: serves dist/www until interrupted.
if (require.main === module) {
  const root = path.resolve(__dirname, '../../dist/www');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist/www is missing: run scripts/build first');
    process.exit(1);
  }
  serveSite(root, { port: Number(process.argv[2]) || 8080 }).then(({ origin }) => console.log(`the site: ${origin}/ (Ctrl-C to stop)`));
}
