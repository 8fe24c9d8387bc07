import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles as listAll } from '../../src/pipeline/listFiles.ts';
import { BUILD_INFO_FILE, parseBuildInfo, type BuildInfo } from '../../src/site.ts';

/** The built site. Set DIST_DIR to check another build (for example one made with BASE_PATH). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** The SITE_URL and BASE_PATH a build was made with, from its _build.json (undefined before a build). */
export function buildInfoOf(dir: string): BuildInfo | undefined {
  const file = join(dir, BUILD_INFO_FILE);
  return existsSync(file) ? parseBuildInfo(readFileSync(file, 'utf8'), file) : undefined;
}

const info = buildInfoOf(DIST);
/** The base path that build was made with ("/" before a build: assertBuilt stops the checks then). */
export const BASE = info?.base ?? '/';
/** The SITE_URL that build was made with ("" before a build). */
export const SITE = info?.site ?? '';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')) || !info) {
    throw new Error(
      `${DIST}/ has no finished build: run "npm run build:local" (or npm run build) before the dist checks`,
    );
  }
}

/** Every file under a folder (dist/ by default), as paths relative to it. */
export function listFiles(dir: string = DIST): string[] {
  // Test files list the pages when they are collected, before any hook runs.
  if (!existsSync(dir)) throw new Error(`${dir}/ is not there: run "npm run build:local" before the dist checks`);
  return listAll(dir);
}

export function htmlFiles(dir: string = DIST): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The URL path a built file is served at: about/index.html -> /about/. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readPage(file: string, dir: string = DIST): HTMLElement {
  return parse(readFileSync(join(dir, file), 'utf8'));
}

export function readText(file: string, dir: string = DIST): string {
  return readFileSync(join(dir, file), 'utf8');
}
