import { loadCheckedSite } from '../../src/pipeline/readContent.ts';
import { DIST } from '../helpers/dist.ts';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { expect, test } from './fixtures.ts';

// The old and short addresses in content/redirects.yaml: each has a small page
// that sends the reader on. It links no icon, so the browser asks for
// /favicon.ico by itself, which the build makes (src/pages/favicon.ico.ts).
// Chromium fetches favicons outside the page's own requests, and not on every
// visit, so this test asks for /favicon.ico itself and reads what its own
// server answered for every request on the way.
let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ dir: DIST });
});
test.afterAll(async () => server?.stop());

for (const { from, to } of loadCheckedSite().redirects) {
  test(`${from} sends the reader to ${to} and nothing is missing on the way`, async ({ page, errors }) => {
    await page.goto(`${server.url}${from}`);
    await expect(page).toHaveURL(`${server.url}${to}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const favicon = await page.request.get(`${server.url}/favicon.ico`);
    expect(favicon.status(), '/favicon.ico').toBe(200);
    expect(favicon.headers()['content-type']).toContain('image/');
    expect(server.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
