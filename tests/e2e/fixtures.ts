import { test as base, expect } from '@playwright/test';

/**
 * A page that records console errors, page errors and failed requests, so any
 * test can assert that a reader saw no errors.
 */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A request cut short because the test moved on to the next page (the favicon, often) is not an error.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(errors);
  },
});

export { expect };
