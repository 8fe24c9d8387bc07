// A small static file server for the browser tests, serving a build the way a
// plain static host does: directory index pages, a 404 page with status 404,
// and the site under its base path. Astro's own preview allows one server per
// project, which would clash with a reader's `npm start`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { normaliseBase } from '../../src/site.ts';

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

export interface StaticServer {
  url: string;
  /** Every request answered so far: its path and status. */
  requests: { path: string; status: number }[];
  /** Paths answered with 503 Service Unavailable, as by a host having a bad moment. */
  unavailable: Set<string>;
  /** Serves another build from now on (a deploy, as the browser sees it). */
  deploy: (dir: string) => void;
  stop: () => Promise<void>;
}

/** Serves `dir` under `base` on 127.0.0.1 (port 0: any free port). */
export function startStaticServer(options: {
  dir: string;
  base?: string | undefined;
  port?: number;
}): Promise<StaticServer> {
  let dir = options.dir;
  const base = normaliseBase(options.base);
  const requests: StaticServer['requests'] = [];
  const unavailable = new Set<string>();

  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
    const path = join(dir, relative);
    if (existsSync(path) && statSync(path).isDirectory()) {
      const index = join(path, 'index.html');
      return pathname.endsWith('/') && existsSync(index) ? index : undefined;
    }
    return existsSync(path) ? path : undefined;
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (unavailable.has(pathname)) {
      requests.push({ path: pathname, status: 503 });
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('Service Unavailable');
      return;
    }
    const file = fileFor(pathname);
    if (!file && existsSync(join(dir, pathname.slice(base.length), 'index.html')) && !pathname.endsWith('/')) {
      requests.push({ path: pathname, status: 301 });
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const target = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    requests.push({ path: pathname, status });
    response.writeHead(status, { 'content-type': types[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}`,
        requests,
        unavailable,
        deploy: (next) => (dir = next),
        stop: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
