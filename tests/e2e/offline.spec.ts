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
  await expect(page.locator('[data-care-card="emergency"]')).toBeVisible();

  // The self-check still works: its script comes from the saved files.
  await page.goto('/tools/do-i-need-help/');
  const first = page.locator('bsg-self-check fieldset').first();
  await first.getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator('[data-care-card="emergency"]')).toBeVisible();

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
  await expect(page.locator('[data-care-card="emergency"]')).toBeVisible();
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
