import { expect, test } from './fixtures.ts';

// The day-by-day plan: today's day from the start date the reader enters.
// The clock is fixed, so "today" is always Sunday 22 November 2026.

const TODAY = new Date('2026-11-22T12:00:00');
const STORAGE_KEY = 'bsg-plan-start';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/tools/recovery-plan/');
});

test('every day has its own anchor, and the days list links to each', async ({ page, errors }) => {
  const nav = page.getByRole('navigation', { name: 'Days in the plan' });
  for (let day = 1; day <= 14; day += 1) {
    await expect(page.locator(`#day-${day}`)).toHaveCount(1);
    await expect(nav.getByRole('link', { name: `Day ${day}`, exact: true })).toHaveAttribute('href', `#day-${day}`);
  }
  await nav.getByRole('link', { name: 'After 2 to 6 weeks' }).click();
  await expect(page).toHaveURL(/#after-2-to-6-weeks$/);
  await expect(page.getByRole('heading', { name: 'After 2 to 6 weeks' })).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a start date marks today, survives a reload, and can be forgotten', async ({ page, errors }) => {
  await page.getByLabel('When did your back spasm start?').fill('2026-11-18');
  await page.getByRole('button', { name: 'Show my day' }).click();

  const day5 = page.locator('#day-5');
  await expect(page.getByRole('status')).toHaveText('Today is day 5 of your back spasm. Go to day 5');
  await expect(day5).toHaveAttribute('aria-current', 'date');
  await expect(day5.getByRole('heading')).toHaveText('Today: Day 5: Think about work');
  await expect(day5).toBeInViewport();
  await expect(day5).toBeFocused();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('2026-11-18');

  await page.reload();
  await expect(page.locator('#day-5')).toHaveAttribute('aria-current', 'date');
  await expect(page.getByLabel('When did your back spasm start?')).toHaveValue('2026-11-18');

  await page.getByRole('button', { name: 'Forget the date' }).click();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('The date is forgotten.');
  await expect(page.getByLabel('When did your back spasm start?')).toHaveValue('');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test('a start date saved before the bsg- prefix still marks today, and moves to the new key', async ({
  page,
  errors,
}) => {
  await page.evaluate(() => localStorage.setItem('back-spasm-guide:plan-start', '2026-11-18'));
  await page.reload();
  await expect(page.locator('#day-5')).toHaveAttribute('aria-current', 'date');
  await expect(page.getByLabel('When did your back spasm start?')).toHaveValue('2026-11-18');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([STORAGE_KEY]);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('2026-11-18');
  expect(errors).toEqual([]);
});

test('the day it started is day 1, and after 2 weeks the later section is marked', async ({ page, errors }) => {
  const input = page.getByLabel('When did your back spasm start?');
  await input.fill('2026-11-22');
  await page.getByRole('button', { name: 'Show my day' }).click();
  await expect(page.locator('#day-1')).toHaveAttribute('aria-current', 'date');

  await input.fill('2026-11-01');
  await page.getByRole('button', { name: 'Show my day' }).click();
  const later = page.locator('#after-2-to-6-weeks');
  await expect(later).toHaveAttribute('aria-current', 'date');
  await expect(page.getByRole('status')).toHaveText('Today is day 22 of your back spasm. Go to After 2 to 6 weeks');
  await expect(later.getByText('It is more than 6 weeks since your back spasm started.')).toBeHidden();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);

  await input.fill('2026-09-30');
  await page.getByRole('button', { name: 'Show my day' }).click();
  await expect(later.getByText('It is more than 6 weeks since your back spasm started.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a date in the future, or none, is explained and not saved', async ({ page, errors }) => {
  const input = page.getByLabel('When did your back spasm start?');
  await input.fill('2026-11-23');
  await page.getByRole('button', { name: 'Show my day' }).click();
  await expect(page.getByText('That date is in the future. Enter the day your back spasm started.')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await expect(page.locator('[aria-current="date"]')).toHaveCount(0);

  await input.fill('');
  await page.getByRole('button', { name: 'Show my day' }).click();
  await expect(page.getByText('Enter the date your back spasm started.')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test('the whole plan prints on one page, on A4 and on US Letter', async ({ page, errors }) => {
  await page.getByLabel('When did your back spasm start?').fill('2026-11-18');
  await page.getByRole('button', { name: 'Show my day' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Today: Day 5: Think about work' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show my day' })).toBeHidden();
  // On paper the emergency cards keep every word: the advice not to drive, and each title on its own line.
  for (const card of await page.locator('[data-care-card="emergency"]').all()) {
    await expect(card.getByText('Do not drive yourself.')).toBeVisible();
    // Both boxes in one look: the page may still be scrolling to today's day.
    const gap = await card.evaluate((element) => {
      const title = element.querySelector('.care-card__title')!.getBoundingClientRect();
      const instruction = element.querySelector('[data-care-instruction]')!.getBoundingClientRect();
      return instruction.top - title.bottom;
    });
    expect(gap, 'the instruction starts below the card title').toBeGreaterThanOrEqual(-1);
  }
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages, `${format} pages`).toHaveLength(1);
  }
  expect(errors).toEqual([]);
});

test('the print button opens the print dialog', async ({ page, errors }) => {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print the plan' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(errors).toEqual([]);
});

test('without JavaScript the whole plan shows, with no date form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/recovery-plan/');
  await expect(page.getByLabel('When did your back spasm start?')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the plan' })).toBeHidden();
  for (let day = 1; day <= 14; day += 1) await expect(page.locator(`#day-${day}`)).toBeVisible();
  await expect(page.locator('#after-2-to-6-weeks')).toBeVisible();
  await context.close();
});
