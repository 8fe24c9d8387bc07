import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/site.ts';

/**
 * The next deploy, as a reader's browser meets it: the same site built again
 * from a copy of the project with one small change to the global stylesheet,
 * so the CSS file gets a new name. Returns the new build folder (in a temp
 * folder the caller removes with `dispose`).
 */
export function buildNextDeploy(): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bsg-next-deploy-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(entry, join(root, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  appendFileSync(join(root, 'src/styles/global.css'), '\n/* the next deploy */\n.next-deploy-mark { outline: 0; }\n');
  // Test runners put their own variables (NODE_ENV, VITEST, TEST...) into process.env; the build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST.*|PW_.*)$/.test(name),
    ),
  );
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: root,
    env: { ...env, SITE_URL: LOCAL_SITE_URL, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the next deploy's build failed:\n${build.stdout}\n${build.stderr}`);
  return { dir: join(root, 'dist'), dispose: () => rmSync(root, { recursive: true, force: true }) };
}
