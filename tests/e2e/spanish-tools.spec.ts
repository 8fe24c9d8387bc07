import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ui } from '../../src/i18n/index.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';
import { COMMON_NUMBERS } from '../../src/domain/emergencyNumber.ts';
import { expect, pauseClockAt, test } from './fixtures.ts';

// The tools in Spanish, as a Spanish-speaking reader uses them: the self-check
// (each result), the ice and heat timer (each phase, on a paused clock), the
// day-by-day plan, the emergency number (112 in Spain, 911 in Mexico, the
// choice elsewhere) and a one-tap call. The tests assert on the Spanish
// interface words (src/i18n/es.ts, CARE_WORDS.es), not on content text, so
// they hold when the Spanish content replaces the English. One test per state.

const t = ui('es');
const care = CARE_WORDS.es;
// Where the reader's chosen country is kept (src/browser/careCountry.ts).
const REGION_KEY = 'bsg-emergency-region';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CHECK = '/es/tools/do-i-need-help/';
const TIMER = '/es/tools/ice-heat-timer/';
const PLAN = '/es/tools/recovery-plan/';

async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const question = (page: Page, level: string): Locator => page.locator(`[data-question][data-level="${level}"]`);
const answer = (item: Locator, value: string) => item.getByRole('radio', { name: value, exact: true }).check();

test.describe('the self-check in Spanish', () => {
  test.use({ locale: 'es-ES' });

  for (const level of ['emergency', 'urgent', 'routine'] as const) {
    test(`a "sí" to a ${level} sign shows its card, with its Spanish instruction`, async ({ page, errors }) => {
      await page.goto(CHECK);
      const check = page.locator('bsg-self-check');
      await expect(check).toHaveAttribute('data-result', 'pending');
      await expect(page.getByText('Esto no es un diagnóstico.')).toBeVisible();
      await answer(question(page, level).first(), t.tools.check.yes);

      await expect(check).toHaveAttribute('data-result', level);
      const card = page.locator(`[data-outcome="${level}"] [data-care-card="${level}"]`).first();
      await expect(card).toBeVisible();
      const heading = level === 'emergency' ? care.emergencyHeading('112') : care.headings[level];
      await expect(card.locator('[data-care-instruction]')).toHaveText(heading);
      // Screen readers hear the level first, in Spanish.
      await expect(card.getByRole('heading')).toContainText(care.prefixes[level].trim());
      await expect(page.getByRole(level === 'emergency' ? 'alert' : 'status').last()).not.toBeEmpty();
      expect(errors).toEqual([]);
    });
  }

  test('"no" to every question shows the advice for home, and the answers can be cleared', async ({ page, errors }) => {
    await page.goto(CHECK);
    const check = page.locator('bsg-self-check');
    for (const item of await page.locator('[data-question]').all()) await answer(item, t.tools.check.no);
    await expect(check).toHaveAttribute('data-result', 'none');
    await expect(page.locator('[data-outcome="none"]')).toBeVisible();
    for (const level of ['emergency', 'urgent', 'routine']) {
      await expect(page.locator(`[data-care-card="${level}"]`).first()).toBeHidden();
    }
    await page.getByRole('button', { name: t.tools.check.clear }).click();
    await expect(check).toHaveAttribute('data-result', 'pending');
    expect(errors).toEqual([]);
  });
});

test.describe('the ice and heat timer in Spanish', () => {
  // The browser's language is American English: the page's language decides the clock (24-hour in Spanish).
  test.use({ locale: 'en-US' });
  const START = new Date('2026-11-22T15:00:00');

  async function start(page: Page): Promise<Locator> {
    await pauseClockAt(page, START);
    await page.goto(TIMER);
    const timer = page.locator('bsg-ice-heat-timer');
    await expect(timer.getByRole('group', { name: t.components.timer.kind })).toBeVisible();
    await timer.getByRole('radio').first().check();
    await timer.getByLabel(t.components.timer.minutes).fill('10');
    await timer.getByRole('button', { name: t.components.timer.start }).click();
    return timer;
  }

  test('on: the countdown, its label and its words for screen readers in Spanish, the time off on a 24-hour clock', async ({
    page,
    errors,
  }) => {
    const timer = await start(page);
    await expect(timer.getByRole('timer')).toHaveText('10:00');
    await expect(timer.getByRole('timer')).toHaveAttribute('aria-label', '10 minutos');
    await expect(timer.locator('[data-clock-label]')).toHaveText(t.components.timer.timeLeft);
    await expect(timer.locator('[data-message]')).toContainText('15:10');
    await expect(timer.locator('[data-message]')).not.toContainText(/PM|p\. m\./);
    await expect(timer.getByRole('button', { name: t.components.timer.cancel })).toBeFocused();
    await page.clock.runFor('04:00');
    await expect(timer.getByRole('timer')).toHaveText('6:00');
    await expect(timer.getByRole('timer')).toHaveAttribute('aria-label', '6 minutos');
    expect(errors).toEqual([]);
  });

  test('the wait: "Siguiente vez en", the next go on a 24-hour clock', async ({ page, errors }) => {
    const timer = await start(page);
    await page.clock.runFor('10:00');
    await expect(timer.locator('[data-clock-label]')).toHaveText(t.components.timer.nextGoIn);
    await expect(timer.getByRole('timer')).toHaveAttribute('aria-label', '2 horas');
    await expect(timer.locator('[data-message]')).toContainText('17:10');
    await expect(timer.getByRole('button', { name: t.components.timer.cancel })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('ready: the next go can start, and the timer closes in Spanish', async ({ page, errors }) => {
    const timer = await start(page);
    await page.clock.runFor('02:10:00');
    await expect(timer.getByRole('button', { name: t.components.timer.startNext })).toBeVisible();
    await timer.getByRole('button', { name: t.components.timer.close }).click();
    await expect(timer.getByRole('button', { name: t.components.timer.start })).toBeFocused();
    expect(errors).toEqual([]);
  });
});

test.describe('the day-by-day plan in Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('a start date marks today with "Hoy:", and the date can be forgotten', async ({ page, errors }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T12:00:00'));
    await page.goto(PLAN);
    const nav = page.getByRole('navigation', { name: t.tools.plan.days });
    await expect(nav.getByRole('link', { name: t.tools.plan.day(3), exact: true })).toHaveAttribute('href', '#day-3');
    await page.locator('#plan-start').fill('2026-11-20');
    await page.getByRole('button', { name: t.tools.plan.show }).click();

    const day = page.locator('#day-3');
    await expect(day).toHaveAttribute('aria-current', 'date');
    await expect(day.locator('[data-badge]')).toHaveText(t.tools.plan.today);
    await expect(day.getByRole('heading')).toContainText(`${t.tools.plan.today} ${t.tools.plan.day(3)}:`);
    await expect(day).toBeFocused();
    await expect(page.locator('[data-status] a')).toHaveAttribute('href', '#day-3');

    await page.getByRole('button', { name: t.tools.plan.forget }).click();
    await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
    await expect(page.locator('#plan-start')).toHaveValue('');
    expect(errors).toEqual([]);
  });
});

const lead = (page: Page) =>
  page.locator('[data-care-card="emergency"]').first().locator('[data-lead] a[href^="tel:"]');

test.describe('the emergency number on a Spanish page', () => {
  for (const [locale, number] of [
    ['es-ES', '112'],
    ['es-MX', '911'],
    ['es-US', '911'],
  ] as const) {
    test.describe(`browser language ${locale}`, () => {
      test.use({ locale });
      test(`leads with ${number}, in Spanish`, async ({ page, errors }) => {
        await page.goto(PLAN);
        const card = page.locator('[data-care-card="emergency"]').first();
        await expect(card.locator('bsg-emergency-call')).toHaveAttribute('data-region', /^(?!all$)/);
        await expect(card.locator('[data-care-instruction]')).toHaveText(
          new RegExp(`^Llame al ${number} o vaya a .+ ahora si tiene dolor de espalda y:$`),
        );
        await expect(lead(page)).toHaveAttribute('href', `tel:${number}`);
        await expect(lead(page)).toHaveText(`${t.components.careCard.call.replaceAll(' ', '\u00a0')}\u00a0${number}`);
        await expect(card.locator('details summary')).toHaveText(/^¿No está en .+\?$/);
        expect(await axe(page, '[data-care-card="emergency"]')).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }

  test.describe('a language with no country (es)', () => {
    test.use({ locale: 'es' });
    test('shows 112, 911 and 999 and the picker, and the reader picks a country', async ({ page, errors }) => {
      await page.goto(PLAN);
      const card = page.locator('[data-care-card="emergency"]').first();
      await expect(card.locator('bsg-emergency-call')).toHaveAttribute('data-region', 'all');
      await expect(card.locator('[data-care-instruction]')).toHaveText(care.headings.emergency);
      expect(
        await card.locator('[data-calls] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(COMMON_NUMBERS.es.map((entry) => `tel:${entry.number}`));
      const select = card.getByLabel(t.components.careCard.yourCountry);
      await expect(select.locator('option').first()).toHaveText(t.components.careCard.chooseCountry);
      await expect.poll(() => select.locator('option').count()).toBeGreaterThanOrEqual(61);
      await select.selectOption('MX');
      // Every emergency card on the page follows, and the choice is kept on the device.
      for (const other of await page.locator('[data-care-card="emergency"]').all()) {
        await expect(other.locator('[data-care-instruction]')).toHaveText(care.emergencyHeading('911', 'a urgencias'));
      }
      expect(await page.evaluate((key) => localStorage.getItem(key), REGION_KEY)).toBe('MX');
      expect(errors).toEqual([]);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'es-ES' });
    test('112, 911 and 999 are shown, with the page of every number, and no picker', async ({ page }) => {
      await page.goto(PLAN);
      const card = page.locator('[data-care-card="emergency"]').first();
      expect(
        await card.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(['tel:112', 'tel:911', 'tel:999']);
      await expect(card.locator('[data-care-instruction]')).toHaveText(care.headings.emergency);
      await expect(card.getByRole('link', { name: t.components.careCard.everyCountry })).toHaveAttribute(
        'href',
        '/es/emergency-numbers/',
      );
      await expect(page.locator('[data-region-picker]').first()).toBeHidden();
    });
  });
});

test.describe('a one-tap call on a phone', () => {
  test.use({ locale: 'es-ES' });
  test('a Spanish page: one tap on the first call button calls 112', async ({ page, errors }) => {
    // Record where a tap goes instead of leaving the page for the phone's dialler.
    await page.addInitScript(() => {
      document.addEventListener('click', (event) => {
        const link = (event.target as Element | null)?.closest('a[href^="tel:"]');
        if (!link) return;
        event.preventDefault();
        (window as unknown as { called?: string }).called = link.getAttribute('href') ?? '';
      });
    });
    await page.goto(CHECK);
    await answer(question(page, 'emergency').first(), t.tools.check.yes);
    const button = page
      .locator('[data-outcome="emergency"] [data-care-card="emergency"]')
      .first()
      .locator('a[href^="tel:"]')
      .first();
    await expect(button).toHaveAttribute('href', 'tel:112');
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await button.tap();
    await expect.poll(() => page.evaluate(() => (window as unknown as { called?: string }).called)).toBe('tel:112');
    expect(errors).toEqual([]);
  });
});

test.describe('axe on the Spanish tool pages', () => {
  test.use({ locale: 'es-ES' });
  for (const path of ['/es/tools/', CHECK, TIMER, PLAN]) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
});
