import type { Page } from '@playwright/test';
import { sitePages, slices } from '../helpers/pages.ts';
import { expect, test } from './fixtures.ts';

// Every page, with the Content-Security-Policy the build put in it, loads
// without a single violation or console error; typing in its search box
// (which may load more code) does not cause one either.

const PAGES = sitePages();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

test.describe.configure({ mode: 'parallel' });

for (const [index, part] of slices(PAGES, 2).entries()) {
  test(`pages load under the strict policy with no violation or console error (part ${index + 1})`, async ({
    page,
    errors,
  }) => {
    await recordViolations(page);
    for (const path of part) {
      await page.goto(path);
      // Pages that run scripts get time to finish what they start (lazy imports, fetches).
      if ((await page.locator('script:not([type="application/ld+json"])').count()) > 0)
        await page.waitForLoadState('networkidle');
      // The search box loads its code on first use, so use it on the pages where it matters.
      if (path === '/' || path === '/search/') {
        for (const search of await page.locator('input[type="search"]').all()) {
          if (!(await search.isVisible())) continue;
          await search.pressSequentially('ice');
          await page.waitForLoadState('networkidle');
        }
      }
      const violations = await page.evaluate(() => window.__cspViolations ?? ['the violation listener did not run']);
      expect(violations, `CSP violations on ${path}`).toEqual([]);
      expect(errors, `console errors on ${path}`).toEqual([]);
    }
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
  });
  expect(ran).toBe(false);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([expect.stringMatching(/^script-src/)]);
});
