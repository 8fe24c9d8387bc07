import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from '../helpers/dist.ts';
import { buildNextDeploy } from '../helpers/nextBuild.ts';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { expect, test } from './fixtures.ts';

// Offline reading: after one visit, the red-flag page and the tools open with
// no signal, and so do the pages the reader opened.
test.use({ serviceWorkers: 'allow' });

test('after one visit, urgent advice and the tools open with no signal', async ({ page, context, errors }) => {
  await page.goto('/');
  const version = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, caches: await caches.keys() };
  });
  expect(version.scope).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(version.caches.some((name) => /^bsg-precache-[0-9a-f]{12}$/.test(name))).toBe(true);
  // A page the reader opens while online is saved as they go.
  await page.goto('/articles/first-48-hours/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await context.setOffline(true);

  await page.goto('/articles/when-to-get-help/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('When to get help for back pain');
  await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();

  // The self-check still works: its script comes from the saved files.
  await page.goto('/tools/do-i-need-help/');
  const first = page.locator('bsg-self-check fieldset').first();
  await first.getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();

  await page.goto('/tools/ice-heat-timer/');
  await page.locator('bsg-ice-heat-timer').getByRole('button', { name: 'Start the timer' }).click();
  await expect(page.locator('bsg-ice-heat-timer [data-title]')).toHaveText('Ice on');

  await page.goto('/tools/recovery-plan/');
  await expect(page.locator('#day-14')).toBeVisible();

  await page.goto('/articles/first-48-hours/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back spasm: what to do in the first 48 hours');

  // A page never opened shows the offline page, which still gives the emergency card.
  await page.goto('/sources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('[data-care-card="emergency"]').first()).toBeVisible();
  await page.getByRole('link', { name: 'When to get help for back pain' }).click();
  await expect(page).toHaveURL(/\/articles\/when-to-get-help\/$/);

  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('a new worker takes over at once, drops older saved files and keeps the pages a reader opened', async ({
  page,
  errors,
}) => {
  // The page that first registered the worker is saved too.
  await page.goto('/articles/first-48-hours/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true);

  // Files saved by an older build, and a new worker (a changed script address
  // installs one, as a changed sw.js does after a deploy).
  await page.evaluate(async () => {
    await (await caches.open('bsg-precache-000000000000')).put('/old.css', new Response('old'));
    await navigator.serviceWorker.register('/sw.js?next', { scope: '/' });
  });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL))
    .toMatch(/\/sw\.js\?next$/);
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain('bsg-precache-000000000000');
  expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(['bsg-runtime']));
  expect(await page.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true);
  expect(errors).toEqual([]);
});

test.describe('after a deploy', () => {
  // The site as the reader first saw it (dist/), then the next deploy: the same
  // site with a small change to the global stylesheet, so its file has a new
  // name (tests/helpers/nextBuild.ts). Both are served from one origin by a
  // server of this test's own.
  let server: StaticServer;
  let next: ReturnType<typeof buildNextDeploy>;
  test.beforeAll(async () => {
    next = buildNextDeploy(DIST);
    server = await startStaticServer({ dir: DIST });
  });
  test.afterAll(async () => {
    await server?.stop();
    next?.dispose();
  });

  const versionOf = (dir: string) => /"version": "([0-9a-f]{12})"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1];
  const stylesheets = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => {
        let rules = 0;
        try {
          rules = link.sheet?.cssRules.length ?? 0;
        } catch {
          // A stylesheet that failed to load cannot be read.
        }
        return { href: new URL(link.href).pathname, rules };
      }),
    );

  const ARTICLE = '/articles/first-48-hours/';
  const CASES = [
    { name: 'the new worker refreshes it with the new files', refreshable: true },
    { name: 'the new worker cannot refresh it, so it keeps the files it was saved with', refreshable: false },
  ];

  for (const { name, refreshable } of CASES) {
    test(`a saved page opens offline with its styles and scripts: ${name}`, async ({ page, context, errors }) => {
      test.setTimeout(90_000);
      server.deploy(DIST);
      server.unavailable.clear();
      const article = `${server.url}${ARTICLE}`;
      await page.goto(article);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true);
      const oldCss = (await stylesheets(page)).find((sheet) => /\/_astro\/global\.[\w-]+\.css$/.test(sheet.href))!.href;

      // The reader moves on to the home page; the article stays saved as it was.
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      // The deploy: new files on the server (the old stylesheet is gone), and the browser finds the new worker.
      server.deploy(next.dir);
      if (!refreshable) server.unavailable.add(ARTICLE);
      const [oldVersion, newVersion] = [versionOf(DIST), versionOf(next.dir)];
      expect(newVersion).not.toBe(oldVersion);
      expect(readdirSync(join(next.dir, '_astro'))).not.toContain(oldCss.split('/').pop());
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      // Activation ends by dropping the older version's files.
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 })
        .toEqual(expect.arrayContaining([`bsg-precache-${newVersion}`]));
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 })
        .not.toContain(`bsg-precache-${oldVersion}`);

      await context.setOffline(true);
      await page.goto(article);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back spasm: what to do in the first 48 hours');
      const after = await stylesheets(page);
      expect(after.length).toBeGreaterThan(0);
      for (const sheet of after) expect(sheet.rules, `${sheet.href} is loaded`).toBeGreaterThan(0);
      expect(
        after.some((sheet) => sheet.href === oldCss),
        'the saved copy is the one the reader saved',
      ).toBe(!refreshable);
      // Styled: the skip link sits off screen until it is focused (its style is in the page's CSS).
      await expect(page.getByRole('link', { name: 'Skip to main content' })).not.toBeInViewport();
      // And its scripts are there, from the saved files.
      const scripts = await page.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map(async (script) => ({
            src: new URL(script.src).pathname,
            ok: (await fetch(script.src).catch(() => undefined))?.ok ?? false,
          })),
        ),
      );
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((script) => !script.ok)).toEqual([]);
      await context.setOffline(false);
      // The article's 503 during activation is the case under test, not a fault.
      expect(errors.filter((error) => !error.includes(`HTTP 503: ${article}`))).toEqual([]);
    });
  }
});
