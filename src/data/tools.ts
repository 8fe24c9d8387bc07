import { localizePath, type Locale } from '../i18n/locales.ts';

/** The tools for the worst moments, in the order the site lists them; their names are in the dictionaries (tools.list). */
export const TOOLS = [
  { id: 'do-i-need-help', path: '/tools/do-i-need-help/' },
  { id: 'ice-heat-timer', path: '/tools/ice-heat-timer/' },
  { id: 'recovery-plan', path: '/tools/recovery-plan/' },
] as const;

/**
 * Pages the service worker saves on the first visit, so urgent advice opens
 * with no signal. Pages a reader opens are saved as they go.
 */
export const OFFLINE_PAGES = [
  '/',
  '/tools/',
  ...TOOLS.map((tool) => tool.path),
  '/articles/when-to-get-help/',
  '/offline/',
];

/**
 * The same pages in another language (/es/...). Its home and offline pages
 * are always built; the others are saved once the build has them (a
 * language's articles are added one by one), and the build logs the ones it
 * has not.
 */
export const offlinePagesIn = (locale: Locale): string[] => OFFLINE_PAGES.map((page) => localizePath(page, locale));
export const offlineRequiredIn = (locale: Locale): string[] =>
  ['/', '/offline/'].map((page) => localizePath(page, locale));
