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

/** Articles and tools print a QR code of their address at their foot (BaseLayout.astro). */
const PRINTS_QR_CODE = /^(?:\/[a-z]{2})?\/(?:articles|tools)\/[a-z0-9-]+\/$/;

/**
 * Where the build puts the QR code of a page's address, /qr/articles-ice-or-heat.svg
 * for /articles/ice-or-heat/ (src/pages/qr/[page].svg.ts), or undefined for a
 * page that prints none.
 */
export function qrCodePath(path: string): string | undefined {
  return PRINTS_QR_CODE.test(path) ? `/qr/${path.slice(1, -1).replaceAll('/', '-')}.svg` : undefined;
}
