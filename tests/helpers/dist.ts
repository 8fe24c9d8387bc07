import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles as listAll } from '../../src/lib/listFiles.ts';

/** The built site. Set DIST_DIR to check another build (for example one made with BASE_PATH). */
export const DIST = process.env.DIST_DIR ?? 'dist';
/** The base path that build was made with. */
export const BASE = process.env.BASE_PATH || '/';
/** The SITE_URL that build was made with (the same default as astro.config.mjs). */
export const SITE = process.env.SITE_URL || 'http://localhost:4321';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run "npm run build" before the dist checks`);
  }
}

/** Every file under a folder (dist/ by default), as paths relative to it. */
export function listFiles(dir: string = DIST): string[] {
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
