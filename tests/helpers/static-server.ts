// A small static file server for the browser tests, serving dist/ the way a
// plain static host does: directory index pages, a 404 page with status 404,
// and the site under BASE_PATH. Astro's own preview allows one server per
// project, which would clash with a reader's `npm start`.
// Usage: node tests/helpers/static-server.ts <port> [dir] [base]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [portArg = '4322', dir = process.env.DIST_DIR || 'dist', baseArg = process.env.BASE_PATH || '/'] =
  process.argv.slice(2);
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const path = join(dir, relative);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (!file && existsSync(join(dir, pathname.slice(base.length), 'index.html')) && !pathname.endsWith('/')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const target = file ?? join(dir, '404.html');
  response.writeHead(file ? 200 : 404, { 'content-type': types[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(response);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${portArg}${base}`);
});
