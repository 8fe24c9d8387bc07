import {
  test as base,
  devices,
  expect,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';

/** Context settings a page-walking gate asks for, on top of the project's phone. */
export type WalkOptions = Pick<
  BrowserContextOptions,
  'viewport' | 'isMobile' | 'hasTouch' | 'deviceScaleFactor' | 'colorScheme' | 'reducedMotion'
>;

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * A page that records console errors, page errors and failed requests, so any
 * test can assert that a reader saw no errors.
 */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      // playwright.config.ts blocks service workers in most tests, and Playwright says so.
      if (message.text() === 'Service Worker registration blocked by Playwright') return;
      if (message.type() === 'error' || message.type() === 'warning')
        errors.push(`console ${message.type()}: ${message.text()}`);
    };
    const onPageError = (error: Error) => errors.push(`page error: ${error.message}`);
    const onRequestFailed = (request: Request) => {
      // A request cut short because the page reloaded or moved on (such as the favicon) is not a fault.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      errors.push(`request failed: ${request.url()}`);
    };
    const onResponse = (response: Response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('requestfailed', onRequestFailed);
    page.on('response', onResponse);
    await use(errors);
    // The page may outlive the test (see walkTest), so stop listening.
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  },
});

/**
 * For the page-walking gates (axe, keyboard, reflow, CSP), which run one test
 * per page: each worker keeps one open page per set of `walk` options and
 * hands it to test after test, so a test costs one navigation, not a new
 * browser context and page (about a second on a busy 2-core machine). Each
 * test opens its page with page.goto, and the page goes back to about:blank
 * between tests. Every page records CSP violations in window.__cspViolations
 * from its first script on. A failed test ends the worker, and its pages.
 */
export const walkTest = test.extend<{ walk: WalkOptions }, { walkPages: Map<string, Page> }>({
  walk: [{}, { option: true }],
  walkPages: [
    // Playwright reads a fixture's needs from this pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pages = new Map<string, Page>();
      await use(pages);
      for (const page of pages.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ walk, walkPages, browser, baseURL }, use) => {
    const key = JSON.stringify(walk);
    let page = walkPages.get(key);
    if (!page || page.isClosed()) {
      const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
      const context = await browser.newContext({
        ...phone,
        ...walk,
        ...(baseURL ? { baseURL } : {}),
        serviceWorkers: 'block',
      });
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations!.push(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      page = await context.newPage();
      walkPages.set(key, page);
    }
    await use(page);
    await page.goto('about:blank');
  },
});

/**
 * Counts the page's requests that have not finished yet, from now on: what
 * networkidle waits for, without its fixed 500 ms of quiet. Poll `count` with
 * expect.poll; `stop` removes the listeners (needed on a walkTest page).
 */
export function countRequestsInFlight(page: Page): { count: () => number; stop: () => void } {
  let inFlight = 0;
  const started = () => (inFlight += 1);
  const ended = () => (inFlight -= 1);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    count: () => inFlight,
    stop: () => {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    },
  };
}

/**
 * Puts the page's clock at `time` and holds it there: no timer fires and no
 * time passes until the test moves it (clock.runFor, clock.fastForward), so a
 * slow machine or a slow reload cannot move what the page shows.
 */
export async function pauseClockAt(page: Page, time: Date): Promise<void> {
  // pauseAt only moves forward, so install the fake clock a minute before.
  await page.clock.install({ time: time.getTime() - 60_000 });
  await page.clock.pauseAt(time);
}

export { expect };
