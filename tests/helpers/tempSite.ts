import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = process.cwd();

/**
 * A copy of the project in a temporary folder, for real builds of changed
 * content without touching the working tree, its dist/ or its build cache:
 * node_modules is a folder of links to every package except .astro, so the
 * copy has a build cache of its own.
 */
export function tempSite(): {
  dir: string;
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'bsg-build-'));
  for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return {
    dir,
    build: (env: Record<string, string> = {}) => {
      // As `npm run build` runs it: dist/ emptied first, and removed when the build fails.
      const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...env,
          PATH: `${join(dir, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
