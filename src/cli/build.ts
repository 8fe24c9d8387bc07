// `npm run build`: `astro build` that never leaves a publishable dist/ behind
// when it fails. The output folder is emptied first, and removed again when
// any step fails (the content check, loading the config, a page, the hosting
// files, or a crash such as a segmentation fault), so a deploy step that runs
// after a failed build finds nothing to publish rather than an old or
// half-written site.
// Usage: node src/cli/build.ts [astro build options]   e.g. --outDir dist-e2e
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
const outDir = at < 0 ? 'dist' : args[at]!.includes('=') ? args[at]!.split('=')[1]! : (args[at + 1] ?? 'dist');
const out = resolve(outDir);
if (out === resolve('.') || !out.startsWith(resolve('.'))) {
  console.error(`build: --outDir must be a folder inside the project, got "${outDir}"`);
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
// npm puts node_modules/.bin on PATH; a shell finds `astro` there (astro.cmd on Windows).
const run = spawnSync(['astro', 'build', ...args].join(' '), { stdio: 'inherit', shell: true });
if (run.status === 0) process.exit(0);

rmSync(out, { recursive: true, force: true });
const why = run.error?.message ?? (run.signal ? `it was stopped by ${run.signal}` : `exit code ${run.status}`);
console.error(`\nThe build failed (${why}), and ${outDir}/ was removed so that nothing half-built can be published.`);
process.exit(run.status || 1);
