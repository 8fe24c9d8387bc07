/**
 * Writes dist/sw.js after the build: the template in src/browser/sw.js
 * with the pages to save for offline reading (OFFLINE_PAGES in
 * src/data/tools.ts), every CSS and JS file they load, and a version that
 * changes whenever any of them does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterBuild } from '../afterBuild.ts';
import { OFFLINE_PAGES, offlinePagesIn, offlineRequiredIn } from '../../data/tools.ts';
import { defaultLocale, locales } from '../../i18n/locales.ts';
import { buildServiceWorker, collectPrecache, workerVersion } from './files.ts';
import { withBase } from '../../domain/url.ts';

const TEMPLATE = fileURLToPath(new URL('../../browser/sw.js', import.meta.url));

export function serviceWorker() {
  return afterBuild('service-worker', ({ root, base, logger }) => {
    /** A built file by its URL: /x/ is x/index.html. */
    const fileOf = (url: string) => {
      const path = decodeURIComponent(url.slice(base.length));
      return join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    };
    const read = (url: string) => {
      const file = fileOf(url);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    // Each other language's copies the build has (its home and offline pages it must have).
    const others = locales.filter((locale) => locale !== defaultLocale);
    const translated = others.flatMap((locale) => {
      const pages = offlinePagesIn(locale);
      const has = pages.filter((page) => offlineRequiredIn(locale).includes(page) || read(withBase(page, base)));
      const notYet = pages.filter((page) => !has.includes(page));
      if (notYet.length > 0) logger.info(`sw.js: no ${locale} ${notYet.join(', ')} in this build yet, so not saved`);
      return has;
    });
    const { urls, missingPages, missingFiles } = collectPrecache([...OFFLINE_PAGES, ...translated], base, read);
    if (missingPages.length > 0 || missingFiles.length > 0) {
      throw new Error(
        `service worker: the build has no ${[...missingPages, ...missingFiles].join(', ')} (OFFLINE_PAGES in src/data/tools.ts lists what to save)`,
      );
    }
    const template = readFileSync(TEMPLATE, 'utf8');
    const version = workerVersion(
      template,
      urls.map((url) => [url, readFileSync(fileOf(url))] as const),
    );
    const offline = withBase('/offline/', base);
    const offlineByFolder = others.map((locale) => ({
      folder: withBase(`/${locale}/`, base),
      page: withBase(`/${locale}/offline/`, base),
    }));
    writeFileSync(
      join(root, 'sw.js'),
      buildServiceWorker(template, { version, base, precache: urls, offline, offlineByFolder }),
    );
    logger.info(`sw.js: ${urls.length} files saved for offline reading, version ${version}`);
  });
}
