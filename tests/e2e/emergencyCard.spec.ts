import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EMERGENCY_REGION_KEY } from '../../src/utils/emergencyNumber.ts';
import { expect, test } from './fixtures.ts';

// The emergency care card leads with the reader's number: from the browser's
// language region, or the reader's own choice (kept in localStorage only).
// Without JavaScript it shows all four. One test per state.

const PAGE = '/articles/when-to-get-help/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const firstCard = (page: Page) => page.locator('[data-care-card="emergency"]').first();
const calls = (page: Page) => firstCard(page).locator('a[href^="tel:"]');

async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-care-card="emergency"]')
    .withTags(TAGS)
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [locale, number] of [
  ['en-GB', '999'],
  ['en-US', '911'],
  ['en-CA', '911'],
  ['en-AU', '000'],
  ['de-DE', '112'],
] as const) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });
    test(`leads with ${number}: in the heading and as the first call button`, async ({ page, errors }) => {
      await page.goto(PAGE);
      const card = firstCard(page);
      await expect(card).toHaveAttribute('data-card-group', 'nerves');
      await expect(card.locator('emergency-call')).toHaveAttribute('data-region', /^(?!all$)/);
      await expect(card.getByRole('heading')).toContainText(
        `Call ${number} or go to A&E now if you have back pain and:`,
      );
      await expect(calls(page).first()).toHaveAttribute('href', `tel:${number}`);
      await expect(calls(page)).toHaveCount(4);
      // Every emergency card on the page agrees.
      for (const other of await page.locator('[data-care-card="emergency"]').all()) {
        await expect(other.getByRole('heading')).toContainText(`Call ${number} `);
      }
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('a language with no known number (ja-JP)', () => {
  test.use({ locale: 'ja-JP' });
  test('shows every number alike and asks for none', async ({ page, errors }) => {
    await page.goto(PAGE);
    await expect(firstCard(page).locator('emergency-call')).toHaveAttribute('data-region', 'all');
    await expect(firstCard(page).getByRole('heading')).toContainText('Call your emergency number or go to A&E now');
    expect(await calls(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'tel:999',
      'tel:911',
      'tel:112',
      'tel:000',
    ]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('a saved choice', () => {
  test.use({ locale: 'en-GB' });
  test('wins over the browser language, and changing it updates every card and is kept on the device', async ({
    page,
    errors,
  }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, 'au');
        sessionStorage.setItem('seeded', '1');
      }
    }, EMERGENCY_REGION_KEY);
    await page.goto(PAGE);
    await expect(firstCard(page).getByRole('heading')).toContainText('Call 000 or go to A&E now');
    await expect(calls(page).first()).toHaveAttribute('href', 'tel:000');

    await firstCard(page).getByLabel('Your emergency number').selectOption('us-ca');
    for (const card of await page.locator('[data-care-card="emergency"]').all()) {
      await expect(card.getByRole('heading')).toContainText('Call 911 or go to A&E now');
      await expect(card.locator('a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:911');
    }
    expect(await page.evaluate((key) => localStorage.getItem(key), EMERGENCY_REGION_KEY)).toBe('us-ca');

    await page.reload();
    await expect(firstCard(page).getByRole('heading')).toContainText('Call 911 or go to A&E now');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('call buttons are tel: links at least 44 by 44 CSS px, and the card has no other links', async ({ page }) => {
  await page.goto(PAGE);
  const cards = page.locator('[data-care-card="emergency"]');
  await expect(cards.first().locator('emergency-call')).toHaveAttribute('data-region', /.+/);
  for (const card of await cards.all()) {
    const links = card.locator('a');
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(
      hrefs.every((href) => /^tel:\d+$/.test(href ?? '')),
      hrefs.join(' '),
    ).toBe(true);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box!.width, await link.innerText()).toBeGreaterThanOrEqual(44);
      expect(box!.height, await link.innerText()).toBeGreaterThanOrEqual(44);
    }
  }
});

test('without JavaScript the card shows all four numbers, and no picker', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(PAGE);
  const card = firstCard(page);
  await expect(card.getByRole('heading')).toContainText('Call your emergency number or go to A&E now');
  for (const number of ['999', '911', '112', '000']) {
    await expect(card.getByRole('link', { name: `Call ${number}` })).toBeVisible();
  }
  await expect(card.getByLabel('Your emergency number')).toBeHidden();
  await context.close();
});
