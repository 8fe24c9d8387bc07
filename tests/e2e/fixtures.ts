import { test as base, expect } from '@playwright/test';

/**
 * A page that records console errors, page errors and failed requests, so any
 * test can assert that a reader saw no errors.
 */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      // playwright.config.ts blocks service workers in most tests, and Playwright says so.
      if (message.text() === 'Service Worker registration blocked by Playwright') return;
      if (message.type() === 'error' || message.type() === 'warning')
        errors.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A request cut short because the page reloaded or moved on (such as the favicon) is not a fault.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      errors.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(errors);
  },
});

export { expect };
