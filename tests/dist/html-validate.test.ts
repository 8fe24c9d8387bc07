import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory, type Report } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { DIST, assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';

beforeAll(assertBuilt);

// html-validate with its recommended rules (.htmlvalidate.json) on every
// built page, redirect pages included: zero errors and zero warnings.
test('every built page is valid HTML under html-validate:recommended', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(0);
  const reports: Report[] = await Promise.all(
    files.map((file) => {
      const html = readText(file);
      if (!isRedirectPage(html)) return validator.validateFile(join(DIST, file));
      // Astro writes the redirect pages itself, with a lower-case <!doctype html>.
      // That is valid HTML; doctype-style is a style preference, so it is off for those pages only.
      return validator.validateString(html, join(DIST, file), { rules: { 'doctype-style': 'off' } });
    }),
  );
  const results = reports.flatMap((report) => report.results);
  const text = formatterFactory('text')(results);
  expect(results.reduce((n, r) => n + r.errorCount + r.warningCount, 0), text).toBe(0);
});
