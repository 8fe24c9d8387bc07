import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'];

/** The nginx binary (NGINX_PATH, then the usual places), or undefined where nginx is not installed. */
export function findNginx(): string | undefined {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NGINX_PATH is set to ${fromEnv}, but there is no file there`);
    return fromEnv;
  }
  return NGINX_PATHS.find((path) => existsSync(path));
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts nginx in the foreground as the current user, on a loopback port,
 * with `site` (a rendered nginx.conf) inside a minimal http block.
 * Its pid file, logs and temp files live in a temp folder removed on stop.
 */
export async function startNginx(
  nginx: string,
  siteConf: (listen: string) => string,
  port?: number,
): Promise<RunningNginx> {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const mime = MIME_TYPES.find((path) => existsSync(path));
  writeFileSync(join(dir, 'site.conf'), siteConf(`127.0.0.1:${port}`));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, nginx would switch its workers to "nobody"; keep them as the current user.
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      mime
        ? `  include ${mime};`
        : '  types { text/html html; text/css css; application/javascript js; image/svg+xml svg; }',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${dir}/body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi;`,
      `  uwsgi_temp_path ${dir}/uwsgi;`,
      `  scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0)
    throw new Error(`nginx -t rejected the config:\n${check.stderr}\n${readFileSync(join(dir, 'site.conf'), 'utf8')}`);

  const child: ChildProcess = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start: ${stderr}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
