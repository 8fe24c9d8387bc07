import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { isRedirectPage } from '../../src/build/hosting/render.ts';
import { DIST, assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';

beforeAll(assertBuilt);

// html-validate with its recommended rules (.htmlvalidate.json) on every
// built page, redirect pages included: zero errors and zero warnings.
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.each(htmlFiles())('%s is valid HTML under html-validate:recommended', async (file) => {
  const html = readText(file);
  const report = isRedirectPage(html)
    ? // Astro writes the redirect pages itself, with a lower-case <!doctype html>.
      // That is valid HTML; doctype-style is a style preference, so it is off for those pages only.
      await validator.validateString(html, join(DIST, file), { rules: { 'doctype-style': 'off' } })
    : await validator.validateFile(join(DIST, file));
  const count = report.results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
  expect(count, formatterFactory('text')(report.results)).toBe(0);
});
