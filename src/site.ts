/** Names and words used across the site chrome. */
export const SITE = {
  name: 'Back Spasm Guide',
  tagline: 'Clear, evidence-based help for a back spasm',
  description:
    'What to do now for a back spasm: ice or heat, how long to rest, how to keep moving, and when to get help. Plain English, checked against the evidence.',
  locale: 'en_GB',
  lang: 'en-GB',
  /** Shown on every article: general information, not a diagnosis. */
  disclaimer:
    'This page gives general information, not a diagnosis. If you are worried about your back pain, or it is not getting better, speak to a doctor, nurse, pharmacist or physiotherapist.',
  /** Colours outside CSS: the browser bar, the web app manifest and link-preview images (as in tokens.css). */
  colours: { brand: '#005eb8', brandDark: '#003087', background: '#f0f4f5' },
} as const;

/*
 * The site's address (SITE_URL) and base path (BASE_PATH): read, checked and
 * normalised here and nowhere else. astro.config.mjs, the build steps, the
 * CLI and the tests all use these functions; pages read the result from
 * Astro (Astro.site, import.meta.env.BASE_URL).
 */

/** The address `npm start`, `npm run dev`, `npm run preview` and the tests serve the site at. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Where the build writes the settings it was made with (read by `npm run nginx:conf` and the tests). */
export const BUILD_INFO_FILE = '_build.json';

/** The settings a build was made with, as written to dist/_build.json. */
export interface BuildInfo {
  /** The public address, without a trailing slash: https://example.org */
  site: string;
  /** The base path, starting and ending with "/". */
  base: string;
}

/** A base path or folder address: starts and ends with "/", plain path characters only. */
const BASE_PATTERN = /^\/(?:[a-z0-9._~-]+\/)*$/i;

/**
 * BASE_PATH in the one form the code uses: starting and ending with "/"
 * ("/" when unset or empty). Throws on anything else, naming the variable.
 */
export function normaliseBase(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '/';
  const base = value.endsWith('/') ? value : `${value}/`;
  if (!BASE_PATTERN.test(base) || /\/\.{1,2}\//.test(base))
    throw new Error(`BASE_PATH must be a folder path such as /back-spasm-guide/ (starting with "/"), got "${value}"`);
  return base;
}

/** The base path without its closing "/", to put before a root-relative path: "" for the root. */
export function basePrefix(base: string): string {
  return normaliseBase(base).slice(0, -1);
}

/** What a build without SITE_URL is told. */
export const MISSING_SITE_URL =
  'SITE_URL is not set. Set it to the public address of the site, for example ' +
  "`SITE_URL=https://backspasm.example.org npm run build` (in a host's build settings, as an environment variable). " +
  'Canonical links, previews, the sitemap, robots.txt and share links are made from it. ' +
  '`npm start`, `npm run preview` and `npm test` set a local address themselves.';

/** SITE_URL checked: an http(s) origin, returned without a trailing slash. Throws when it is missing or malformed. */
export function siteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new Error(MISSING_SITE_URL);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an http(s) address like https://example.org, got "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(
      `SITE_URL must be an http(s) address like https://example.org (a sub-folder goes in BASE_PATH), got "${value}"`,
    );
  return url.origin;
}

/** The site's address as Astro gives it to pages (Astro.site): set on every build, so its absence is a bug. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error(MISSING_SITE_URL);
  return site;
}

/** Reads and checks a build's dist/_build.json text; `file` names it in errors. */
export function parseBuildInfo(text: string, file: string): BuildInfo {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON: build again with npm run build`);
  }
  const { site, base } = (data ?? {}) as Partial<Record<keyof BuildInfo, unknown>>;
  if (typeof site !== 'string' || typeof base !== 'string')
    throw new Error(`${file} needs "site" and "base" strings: build again with npm run build`);
  return { site: siteUrl(site), base: normaliseBase(base) };
}
