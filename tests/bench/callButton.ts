/**
 * Where the first call button of the first emergency card sits on a 390 x 844
 * phone, as the page opens (the page's own scrolling only): on an article in
 * five browser languages, the self-check result after an emergency answer,
 * /search/?q=chest+pain and the header popup for "chest pain". A measure for
 * reports (first screen: top >= 0 and bottom <= 844), not a gate: the e2e
 * tests (tests/e2e/emergencyCard.spec.ts) hold the card to it.
 * Usage: node tests/bench/callButton.ts [dist]   (with the site built; DIST_DIR works too)
 */
import { chromium, type Locator } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.ts';
import { buildInfoOf } from '../helpers/dist.ts';
import { startStaticServer } from '../helpers/staticServer.ts';

const dir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const PHONE = { width: 390, height: 844 };
const base = buildInfoOf(dir)?.base ?? '/';
const server = await startStaticServer({ dir, base, port: 0 });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });

const screens: { name: string; locale: string; path: string; kind?: 'check' | 'search' | 'header' }[] = [
  { name: 'article en-GB', locale: 'en-GB', path: 'articles/when-to-get-help/' },
  { name: 'article en-US', locale: 'en-US', path: 'articles/when-to-get-help/' },
  { name: 'article es-MX', locale: 'es-MX', path: 'es/articles/when-to-get-help/' },
  { name: 'article es-AR', locale: 'es-AR', path: 'es/articles/when-to-get-help/' },
  { name: 'article es-ES', locale: 'es-ES', path: 'es/articles/when-to-get-help/' },
  { name: 'self-check en-GB', locale: 'en-GB', path: 'tools/do-i-need-help/', kind: 'check' },
  { name: 'search en-GB', locale: 'en-GB', path: 'search/?q=chest+pain', kind: 'search' },
  { name: 'header popup en-GB', locale: 'en-GB', path: 'articles/ice-or-heat/', kind: 'header' },
];

console.log('| screen | button | top | bottom | card heading top | on the first screen |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const screen of screens) {
  // Reduced motion: the self-check scrolls to its result at once, so the measure does not catch it mid-scroll.
  const context = await browser.newContext({
    viewport: PHONE,
    locale: screen.locale,
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${base.replace(/\/?$/, '/')}${screen.path}`);
  let card: Locator = page.locator('main [data-care-card="emergency"]');
  if (screen.kind === 'check') {
    await page.locator('bsg-self-check').getByRole('radio', { name: 'Yes', exact: true }).first().check();
    card = page.locator('[data-outcome="emergency"] [data-care-card="emergency"]');
  } else if (screen.kind === 'search') {
    card = page.locator('[data-search-emergency] [data-care-open] [data-care-card="emergency"]');
  } else if (screen.kind === 'header') {
    const fold = page.locator('header summary', { hasText: 'Search' });
    if (await fold.isVisible()) await fold.click();
    await page.getByRole('combobox', { name: 'Search the guide' }).fill('chest pain');
    card = page.locator('bsg-header-search [data-care-open] [data-care-card="emergency"]');
  }
  await card.first().waitFor({ state: 'visible' });
  // The script leads the card with the reader's number: wait for the heading band's button, where there is one.
  await card
    .first()
    .locator('[data-lead] a')
    .waitFor({ state: 'visible', timeout: 3000 })
    .catch(() => undefined);
  const button = card.first().locator('a[href^="tel:"]:visible').first();
  const box = (await button.boundingBox())!;
  const heading = (await card.first().locator('h2, h3, h4').first().boundingBox())!;
  const onScreen = box.y >= 0 && box.y + box.height <= PHONE.height;
  console.log(
    `| ${screen.name} | ${await button.getAttribute('href')} | ${Math.round(box.y)} | ${Math.round(box.y + box.height)} | ${Math.round(heading.y)} | ${onScreen ? 'yes' : 'no'} |`,
  );
  await context.close();
}
await browser.close();
await server.stop();
