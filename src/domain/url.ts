import { basePrefix } from '../site.ts';

/**
 * Adds the site's base path to a root-relative path, so the site works when a
 * host serves it from a sub-folder. External and fragment-only links pass through.
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${basePrefix(base)}${path}`;
}

/** An absolute address for a path on this site, such as the canonical link. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}
