import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_INFO_FILE, LOCAL_SITE_URL, type BuildInfo } from '../../src/site.ts';
import { DIST, SITE, buildInfoOf } from './dist.ts';

/**
 * A second build, served from a sub-folder (GitHub Pages project sites), for
 * the checks that need one. It also sets FEEDBACK_EMAIL, so that the checks of
 * the "Report a problem" link need no build of their own; its log is kept in
 * BASE_BUILD_LOG.
 */
export const BASE_BUILD_DIR = 'dist-base';
export const BASE_BUILD_BASE = '/back-spasm-guide/';
export const BASE_BUILD_FEEDBACK_EMAIL = 'feedback@example.org';
export const BASE_BUILD_LOG = `${BASE_BUILD_DIR}.log`;

const LOCK = `${BASE_BUILD_DIR}.lock`;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);

/** The base build is fresh when it was made after dist/ (from the code dist/ was made from, or newer); its log is written last. */
const fresh = () =>
  existsSync(join(BASE_BUILD_DIR, BUILD_INFO_FILE)) && mtime(BASE_BUILD_LOG) > mtime(join(DIST, BUILD_INFO_FILE));

/**
 * Builds the site with BASE_PATH=/back-spasm-guide/ into dist-base/, once per
 * build of dist/: several test files use it, and the first to ask builds it
 * while the others wait (a lock folder, since test files run in parallel).
 */
export function baseBuild(): BuildInfo {
  const deadline = Date.now() + 180_000;
  while (!fresh()) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test file is building it; a lock left by a killed run is cleared after 3 minutes.
      if (Date.now() - mtime(LOCK) > 180_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 3 minutes for ${BASE_BUILD_DIR}/ to be built (${LOCK})`);
      sleep(250);
      continue;
    }
    try {
      if (!fresh()) build();
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return buildInfoOf(BASE_BUILD_DIR)!;
}

function build(): void {
  rmSync(BASE_BUILD_LOG, { force: true });
  rmSync(BASE_BUILD_DIR, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV...) into process.env; the build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name)),
  );
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', BASE_BUILD_DIR], {
    env: {
      ...env,
      SITE_URL: SITE || LOCAL_SITE_URL,
      BASE_PATH: BASE_BUILD_BASE,
      FEEDBACK_EMAIL: BASE_BUILD_FEEDBACK_EMAIL,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the BASE_PATH build failed:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(BASE_BUILD_LOG, `${run.stdout}${run.stderr}`);
}
