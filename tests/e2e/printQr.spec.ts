import jsQR from 'jsqr';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// A printed article or tool ends with a QR code of its own address, and the
// address in words beside it (BaseLayout.astro, src/pages/qr/[page].svg.ts).

const canonicalOf = async (page: Page) => (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

/** What the printed QR code at the page's foot says, read from its pixels. */
async function printedQrCode(page: Page): Promise<string | undefined> {
  await page.emulateMedia({ media: 'print' });
  const image = page.locator('.page-address > img');
  await expect(image).toBeVisible();
  // A lazy image: printing loads it (the PDF test below); here, bringing it into view does.
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const { data, info } = await sharp(await image.screenshot())
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

test('a printed article ends with a QR code of its address and the address in words', async ({ page, errors }) => {
  await page.goto('/articles/ice-or-heat/');
  const address = await canonicalOf(page);
  expect(address).toMatch(/\/articles\/ice-or-heat\/$/);
  expect(await printedQrCode(page)).toBe(address);
  await expect(page.locator('.page-address')).toContainText(`This page: ${address}`);
  // On screen neither shows, and the image is not fetched.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.page-address')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a printed Spanish tool ends with a QR code of its own address', async ({ page, errors }) => {
  await page.goto('/es/tools/ice-heat-timer/');
  const address = await canonicalOf(page);
  expect(address).toMatch(/\/es\/tools\/ice-heat-timer\/$/);
  expect(await printedQrCode(page)).toBe(address);
  await expect(page.locator('.page-address')).toContainText(`Esta página: ${address}`);
  expect(errors).toEqual([]);
});

test('on screen the QR code is not loaded', async ({ page, errors }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/articles/ice-or-heat/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('.page-address > img')).toBeHidden();
  expect(requested.filter((path) => path.startsWith('/qr/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('printing to PDF loads the QR code (a lazy image still prints)', async ({ page, errors }) => {
  await page.goto('/tools/do-i-need-help/');
  const loaded = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/qr/tools-do-i-need-help.svg',
  );
  await page.emulateMedia({ media: 'print' });
  const [response] = await Promise.all([loaded, page.pdf({ format: 'A4' })]);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^<svg /);
  expect(errors).toEqual([]);
});
