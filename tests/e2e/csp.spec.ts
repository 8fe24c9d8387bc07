import type { Page } from '@playwright/test';
import { gatePages } from '../helpers/pages.ts';
import { countRequestsInFlight, expect, test, walkTest } from './fixtures.ts';

// Every page, with the Content-Security-Policy the build put in it, loads
// without a single violation or console error; typing in its search box
// (which may load more code) does not cause one either. One test per page,
// on a page the worker keeps open (walkTest), which records violations from
// the first script on.

const PAGES = gatePages();

/** Records every CSP violation the page reports, from the first script on (walkTest pages already do). */
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

walkTest.describe.configure({ mode: 'parallel' });

for (const path of PAGES) {
  walkTest(`${path} loads under the strict policy with no violation or console error`, async ({ page, errors }) => {
    const inFlight = countRequestsInFlight(page);
    await page.goto(path);
    // The search box loads its code on first use, so use it on the pages where it matters,
    // and wait for what the reader sees: the text typed, and the results where the box shows them.
    if (path === '/' || path === '/search/') {
      for (const search of await page.locator('input[type="search"]').all()) {
        if (!(await search.isVisible())) continue;
        await search.pressSequentially('ice');
        await expect(search).toHaveValue('ice');
        if (await search.evaluate((el) => el.closest('bsg-site-search') !== null))
          await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      }
    }
    // What scripts started (lazy imports, fetches) has finished before the count.
    await expect.poll(inFlight.count, { message: `requests still loading on ${path}` }).toBe(0);
    inFlight.stop();
    const violations = await page.evaluate(() => window.__cspViolations ?? ['the violation listener did not run']);
    expect(violations, `CSP violations on ${path}`).toEqual([]);
    expect(errors, `console errors on ${path}`).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  // An allowed inline script runs as soon as it is added, so "not run" can be read straight after.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => window.__cspViolations)).toEqual([expect.stringMatching(/^script-src/)]);
});
