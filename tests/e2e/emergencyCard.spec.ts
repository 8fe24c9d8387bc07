import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { ui } from '../../src/i18n/index.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';
import { expect, test } from './fixtures.ts';

// The care cards lead with the reader's country: from the browser's language
// region or the reader's own choice (kept in localStorage only). Its number is
// in the heading and its call button in the heading band, on the first screen
// of a 390 x 844 phone wherever the card's heading is. One test per state.

const PHONE = { width: 390, height: 844 };
const EN = '/articles/when-to-get-help/';
const ES = '/es/articles/when-to-get-help/';
// Where the reader's chosen country is kept (src/browser/careCountry.ts).
const REGION_KEY = 'bsg-emergency-region';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const en = CARE_WORDS.en;
const es = CARE_WORDS.es;

/** The first emergency card in the page's main content (the header keeps its own copy in an inert template). */
const firstCard = (page: Page) => page.locator('main [data-care-card="emergency"]').first();
/** The call button in a card's heading band. */
const lead = (card: Locator) => card.locator('[data-lead] a[href^="tel:"]');

async function axe(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The button is whole on the first screen, as the page opened (no scrolling by the test). */
async function expectOnFirstScreen(button: Locator): Promise<void> {
  await expect(button).toBeVisible();
  await expect
    .poll(async () => {
      const box = await button.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.height >= 44;
    })
    .toBe(true);
}

/** The reader's number in the heading and as the heading band's call button, on the first screen. */
async function expectLeads(card: Locator, number: string, heading: string): Promise<void> {
  await expect(card.locator('[data-care-instruction]')).toHaveText(heading);
  await expect(lead(card)).toHaveAttribute('href', `tel:${number.replace(/ /g, '')}`);
  await expectOnFirstScreen(lead(card));
}

for (const { locale, colorScheme, path, number, heading, department } of [
  {
    locale: 'en-GB',
    colorScheme: 'light',
    path: EN,
    number: '999',
    heading: en.emergencyHeading('999', 'to A&E'),
    department: 'In the United Kingdom, the emergency department is called A&E (accident and emergency).',
  },
  {
    locale: 'en-GB',
    colorScheme: 'dark',
    path: EN,
    number: '999',
    heading: en.emergencyHeading('999', 'to A&E'),
    department: 'In the United Kingdom, the emergency department is called A&E (accident and emergency).',
  },
  {
    locale: 'en-US',
    colorScheme: 'dark',
    path: EN,
    number: '911',
    heading: 'Call 911 or go to the emergency room now if you have back pain and:',
    department: 'In the United States, the emergency department is called emergency room (ER).',
  },
  {
    locale: 'es-MX',
    colorScheme: 'light',
    path: ES,
    number: '911',
    heading: es.emergencyHeading('911', 'a urgencias'),
    department: 'En México, el servicio de urgencias del hospital se llama urgencias.',
  },
  {
    locale: 'es-AR',
    colorScheme: 'dark',
    path: ES,
    number: '107',
    heading: es.emergencyHeading('107', 'a la guardia'),
    department: 'En Argentina, el servicio de urgencias del hospital se llama guardia.',
  },
  {
    locale: 'es-ES',
    colorScheme: 'light',
    path: ES,
    number: '112',
    heading: es.emergencyHeading('112', 'a urgencias'),
    department: 'En España, el servicio de urgencias del hospital se llama urgencias.',
  },
] as const) {
  test.describe(`${locale}, ${colorScheme} scheme, on ${path}`, () => {
    test.use({ locale, colorScheme, viewport: PHONE });
    test(`leads with ${number}: the heading, the call button on the first screen, the department`, async ({
      page,
      errors,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(path);
      const card = firstCard(page);
      await expectLeads(card, number, heading);
      await expect(card.locator('[data-department]')).toHaveText(department);
      // The other countries are folded: "Not in ...?".
      await expect(card.locator('details summary')).toBeVisible();
      await expect(card.locator('details')).not.toHaveAttribute('open');
      // Every emergency card on the page agrees.
      for (const other of await page.locator('main [data-care-card="emergency"]').all()) {
        await expect(lead(other)).toHaveAttribute('href', `tel:${number}`);
      }
      // The page carries this country: the full table is not fetched.
      expect(requests.filter((p) => p.endsWith('emergency-numbers.json'))).toEqual([]);
      expect(await axe(page, 'main [data-care-card="emergency"]')).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('en-US: nothing UK-only', () => {
  test.use({ locale: 'en-US', viewport: PHONE });
  test('the urgent cards name no NHS 111 and offer no call to 111', async ({ page, errors }) => {
    await page.goto(EN);
    await expect(lead(firstCard(page))).toHaveAttribute('href', 'tel:911');
    const urgent = page.locator('main [data-care-card="urgent"]');
    await expect(urgent.first().locator('bsg-same-day-route')).toHaveAttribute('data-region', 'US');
    await expect(urgent.first().getByRole('heading')).toContainText(en.headings.urgent);
    for (const card of await urgent.all()) {
      await expect(card).not.toContainText('111');
      await expect(card.locator('a[href="tel:111"]')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
});

test.describe('en-GB: the urgent card’s same-day route', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('NHS 111, with a call button for 111 and its website', async ({ page, errors }) => {
    await page.goto(EN);
    const route = page.locator('main [data-care-card="urgent"]').first().locator('bsg-same-day-route');
    await expect(route).toContainText('In the United Kingdom: NHS 111.');
    await expect(route.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
    await expect(route.getByRole('link', { name: 'NHS 111 online' })).toHaveAttribute('href', 'https://111.nhs.uk');
    const box = (await route.getByRole('link', { name: 'Call 111' }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await axe(page, 'main [data-care-card="urgent"] bsg-same-day-route')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('es-ES: the urgent card', () => {
  test.use({ locale: 'es-ES', viewport: PHONE, colorScheme: 'dark' });
  test('names no line of another country, and Spain has none in the table', async ({ page, errors }) => {
    await page.goto(ES);
    const urgent = page.locator('main [data-care-card="urgent"]').first();
    await expect(urgent.locator('bsg-same-day-route')).toHaveAttribute('data-region', 'ES');
    await expect(urgent.getByRole('heading')).toContainText(es.headings.urgent);
    await expect(urgent).not.toContainText('NHS');
    await expect(urgent.locator('a[href^="tel:"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('a browser language with no country (es-419)', () => {
  test.use({ locale: 'es-419', viewport: PHONE });
  test('says "su número de emergencias", shows 112, 911 and 999, and the picker lists every place', async ({
    page,
    errors,
  }) => {
    await page.goto(ES);
    const card = firstCard(page);
    await expect(card.locator('bsg-emergency-call')).toHaveAttribute('data-region', 'all');
    await expect(card.locator('[data-care-instruction]')).toHaveText(es.headings.emergency);
    await expect(card.locator('[data-lead]')).toBeHidden();
    expect(
      await card.locator('[data-calls] a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['tel:112', 'tel:911', 'tel:999']);
    const picker = card.getByLabel(ui('es').components.careCard.yourCountry);
    await expect(picker).toBeVisible();
    // Unknown: every place is fetched, so the reader can pick theirs.
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThanOrEqual(61);
    await expect(card.getByRole('link', { name: ui('es').components.careCard.everyCountry })).toHaveAttribute(
      'href',
      '/es/emergency-numbers/',
    );
    expect(await axe(page, 'main [data-care-card="emergency"]')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('the picker (en-GB)', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('lists every place once opened; a choice updates every card and is kept on the device', async ({
    page,
    errors,
  }) => {
    await page.goto(EN);
    const card = firstCard(page);
    await expectLeads(card, '999', en.emergencyHeading('999', 'to A&E'));
    const table = page.waitForResponse((response) => response.url().endsWith('/emergency-numbers.json'));
    await card.getByText('Not in the United Kingdom?').click();
    await table;
    const picker = card.getByLabel('Your country:');
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThanOrEqual(61);
    await expect(picker).toHaveValue('GB');
    // Sorted for English, names in English.
    const names = await picker.locator('option').allTextContents();
    expect(names.slice(1)).toEqual([...names.slice(1)].sort(new Intl.Collator('en-GB').compare));
    expect(names).toContain('South Africa');

    await picker.selectOption('ZA');
    for (const other of await page.locator('main [data-care-card="emergency"]').all()) {
      await expect(other.locator('[data-care-instruction]')).toHaveText(
        'Call 10177 or go to the casualty or emergency unit now if you have back pain and:',
      );
      await expect(lead(other)).toHaveAttribute('href', 'tel:10177');
    }
    await expect(card.locator('[data-own] a')).toHaveAttribute('href', 'tel:112');
    expect(await page.evaluate((key) => localStorage.getItem(key), REGION_KEY)).toBe('ZA');
    expect(await axe(page, 'main [data-care-card="emergency"]')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('a choice saved by the old picker ("au")', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('still leads with Australia’s 000', async ({ page, errors }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'au'), REGION_KEY);
    await page.goto(EN);
    await expectLeads(firstCard(page), '000', en.emergencyHeading('000', 'to the emergency department'));
    expect(errors).toEqual([]);
  });
});

test.describe('a choice saved before the bsg- prefix (back-spasm-guide:emergency-region)', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('still leads with Australia’s 000, and moves to the new key', async ({ page, errors }) => {
    await page.addInitScript(() => localStorage.setItem('back-spasm-guide:emergency-region', 'AU'));
    await page.goto(EN);
    await expectLeads(firstCard(page), '000', en.emergencyHeading('000', 'to the emergency department'));
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual([REGION_KEY]);
    expect(await page.evaluate((key) => localStorage.getItem(key), REGION_KEY)).toBe('AU');
    expect(errors).toEqual([]);
  });
});

test.describe('a saved country the page does not carry (KE)', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('fetches the full table and leads with Kenya’s 999', async ({ page, errors }) => {
    await page.addInitScript((key) => localStorage.setItem(key, 'KE'), REGION_KEY);
    await page.goto(EN);
    await expectLeads(firstCard(page), '999', 'Call 999 or go to the casualty or A&E now if you have back pain and:');
    expect(errors).toEqual([]);
  });
});

test.describe('the self-check result', () => {
  for (const { locale, colorScheme, path, yes, number } of [
    { locale: 'en-GB', colorScheme: 'light', path: '/tools/do-i-need-help/', yes: 'Yes', number: '999' },
    { locale: 'es-MX', colorScheme: 'dark', path: '/es/tools/do-i-need-help/', yes: 'Sí', number: '911' },
  ] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme, viewport: PHONE });
      test(`after an emergency answer, the ${number} call button is on the first screen`, async ({ page, errors }) => {
        await page.goto(path);
        await page.locator('bsg-self-check').getByRole('radio', { name: yes, exact: true }).first().check();
        const card = page.locator('[data-outcome="emergency"] [data-care-card="emergency"]').first();
        await expect(lead(card)).toHaveAttribute('href', `tel:${number}`);
        await expectOnFirstScreen(lead(card));
        expect(errors).toEqual([]);
      });
    });
  }
});

test.describe('the search page', () => {
  for (const { locale, colorScheme, path, number } of [
    { locale: 'en-US', colorScheme: 'light', path: '/search/?q=chest+pain', number: '911' },
    { locale: 'es-ES', colorScheme: 'dark', path: '/es/search/?q=dolor+en+el+pecho', number: '112' },
  ] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme, viewport: PHONE });
      test(`${path}: the ${number} call button is on the first screen`, async ({ page, errors }) => {
        await page.goto(path);
        const card = page.locator('[data-search-emergency] [data-care-open] [data-care-card="emergency"]').first();
        await expect(card).toBeVisible();
        await expect(lead(card)).toHaveAttribute('href', `tel:${number}`);
        await expectOnFirstScreen(lead(card));
        expect(errors).toEqual([]);
      });
    });
  }
});

test.describe('the header popup', () => {
  for (const { locale, colorScheme, path, query, toggle, label, number } of [
    {
      locale: 'en-GB',
      colorScheme: 'dark',
      path: '/articles/ice-or-heat/',
      query: 'chest pain',
      toggle: 'Search',
      label: 'Search the guide',
      number: '999',
    },
    {
      locale: 'es-AR',
      colorScheme: 'light',
      path: '/es/articles/ice-or-heat/',
      query: 'dolor en el pecho',
      toggle: ui('es').layout.searchToggle,
      label: 'Buscar en la guía',
      number: '107',
    },
  ] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme, viewport: PHONE });
      test(`"${query}": the ${number} call button is on the first screen`, async ({ page, errors }) => {
        await page.goto(path);
        const fold = page.locator('header summary', { hasText: toggle });
        if (await fold.isVisible()) await fold.click();
        await page.getByRole('combobox', { name: label }).fill(query);
        const card = page.locator('bsg-header-search [data-care-open] [data-care-card="emergency"]').first();
        await expect(card).toBeVisible();
        await expect(lead(card)).toHaveAttribute('href', `tel:${number}`);
        await expectOnFirstScreen(lead(card));
        expect(errors).toEqual([]);
      });
    });
  }
});

test.describe('call buttons', () => {
  test.use({ locale: 'en-GB', viewport: PHONE });
  test('are tel: links of at least 44 by 44 CSS px; the one other link goes to every number', async ({ page }) => {
    await page.goto(EN);
    const cards = page.locator('main [data-care-card="emergency"]');
    await expect(lead(cards.first())).toBeVisible();
    for (const card of await cards.all()) {
      await card.locator('details summary').click();
      const hrefs = await card.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(hrefs.filter((href) => !/^tel:\d+$/.test(href ?? ''))).toEqual(['/emergency-numbers/']);
      for (const link of await card.locator('a[href^="tel:"]').all()) {
        const box = (await link.boundingBox())!;
        expect(box.width, await link.innerText()).toBeGreaterThanOrEqual(44);
        expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(44);
      }
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-GB', viewport: PHONE });
  test('the card names no number, offers 999, 911 and 112, links to every number, and shows no picker', async ({
    page,
  }) => {
    await page.goto(EN);
    const card = firstCard(page);
    await expect(card.locator('[data-care-instruction]')).toHaveText(en.headings.emergency);
    for (const number of ['999', '911', '112']) {
      await expect(card.getByRole('link', { name: `Call ${number}` })).toBeVisible();
    }
    await expect(card.getByRole('link', { name: 'Every country’s emergency number' })).toHaveAttribute(
      'href',
      '/emergency-numbers/',
    );
    await expect(card.getByLabel('Your country:')).toBeHidden();
    await expect(card.locator('details')).toBeHidden();
  });

  test('the page of every number is readable, with call links, grouped by region', async ({ page }) => {
    await page.goto('/emergency-numbers/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Emergency numbers in every country');
    await expect(page.getByRole('heading', { level: 2, name: 'Europe' })).toBeVisible();
    const gb = page.locator('#gb');
    await expect(gb.getByRole('heading', { level: 3 })).toHaveText('United Kingdom');
    await expect(gb.getByRole('link', { name: 'Call 999', exact: true })).toHaveAttribute('href', 'tel:999');
    await expect(gb.getByRole('link', { name: 'Call 111', exact: true })).toHaveAttribute('href', 'tel:111');
    await expect(gb).toContainText('not yet checked by an editor');
  });
});

test.describe('the page of every number', () => {
  test.use({ locale: 'es-ES', viewport: PHONE, colorScheme: 'dark' });
  test('in Spanish passes axe', async ({ page, errors }) => {
    await page.goto('/es/emergency-numbers/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Números de emergencias de cada país');
    await expect(page.locator('#ar').getByRole('link', { name: 'Llame al 107' })).toHaveAttribute('href', 'tel:107');
    expect(await axe(page, 'main')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
