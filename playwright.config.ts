import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/helpers/chromium.ts';

// Set E2E_PORT to run two copies side by side.
const PORT = Number(process.env.E2E_PORT || 4322);
const executablePath = await findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers, under CI and locally: the suite is sized for a 2-core machine
  // (Playwright's default there would be one).
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // Most tests need no service worker; tests/e2e/offline.spec.ts turns it on.
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
  webServer: {
    command: `node tests/helpers/static-server.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
