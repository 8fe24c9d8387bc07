// Prints nginx.conf filled in for the build in dist/ (see the file's header).
// Usage: node src/cli/nginx-conf.ts [--root /srv/back-spasm-guide] [--listen 80] [--dist dist]
// The base path is the one the build was made with (dist/_build.json); if BASE_PATH
// is set, it must match it.
import { parseArgs } from 'node:util';
import { nginxConfFor } from '../build/hosting/writeFiles.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '/srv/back-spasm-guide' },
    listen: { type: 'string', default: '80' },
    dist: { type: 'string', default: 'dist' },
  },
});

try {
  process.stdout.write(
    nginxConfFor({
      dir: values.dist,
      root: process.cwd(),
      expectedBase: process.env.BASE_PATH || undefined,
      siteRoot: values.root,
      listen: values.listen,
    }),
  );
} catch (error) {
  console.error(`nginx:conf: ${(error as Error).message}`);
  process.exit(1);
}
