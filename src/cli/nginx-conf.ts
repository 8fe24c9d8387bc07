// Prints nginx.conf filled in for the build in dist/ (see the file's header).
// Usage: node src/cli/nginx-conf.ts [--root /srv/back-spasm-guide] [--listen 80] [--dist dist]
// BASE_PATH must be the one the build was made with.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConfFor } from '../lib/hosting.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '/srv/back-spasm-guide' },
    listen: { type: 'string', default: '80' },
    dist: { type: 'string', default: 'dist' },
  },
});

try {
  const base = process.env.BASE_PATH || '/';
  process.stdout.write(
    nginxConfFor({
      dir: resolve(values.dist),
      root: process.cwd(),
      base: base.endsWith('/') ? base : `${base}/`,
      siteRoot: values.root,
      listen: values.listen,
    }),
  );
} catch (error) {
  console.error(`nginx:conf: ${(error as Error).message}`);
  process.exit(1);
}
