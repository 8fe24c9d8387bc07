// Runs a command with the site's local address, for `npm start`, `npm run dev`,
// `npm run preview` and the tests: SITE_URL is set to LOCAL_SITE_URL
// (src/site.ts) unless it is already set. Works on any OS (no shell syntax
// for the variable in package.json).
// Usage: node src/cli/local-site.ts <command> [args...]   e.g. node src/cli/local-site.ts astro build
import { spawnSync } from 'node:child_process';
import { LOCAL_SITE_URL } from '../site.ts';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('local-site: give the command to run, such as: node src/cli/local-site.ts astro build');
  process.exit(2);
}
// npm puts node_modules/.bin on PATH; a shell finds `astro` there (astro.cmd on Windows).
const run = spawnSync(command.join(' '), {
  stdio: 'inherit',
  shell: true,
  env: { ...process.env, SITE_URL: process.env.SITE_URL || LOCAL_SITE_URL },
});
if (run.error) {
  console.error(`local-site: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
