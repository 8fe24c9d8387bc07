import type { Page } from '@playwright/test';
import { expect, pauseClockAt, test } from './fixtures.ts';

// The ice and heat timer, driven by Playwright's clock: the timer works from
// timestamps, so jumping the clock forward is what a locked phone does to it.
// The clock is paused: it moves only when a test moves it, so "5:00" stays
// "5:00" however slow the machine or the reload.

const START = new Date('2026-11-22T09:00:00');
const STORAGE_KEY = 'bsg-ice-heat-timer';

/** Records beeps and notifications instead of making them. */
async function recordAlerts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { beeps: number; notes: string[]; permissionAsked: number };
    w.beeps = 0;
    w.notes = [];
    w.permissionAsked = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.beeps += 1;
      return original.call(this);
    };
    // Like a real browser, the permission outlives a reload.
    class FakeNotification {
      static get permission(): NotificationPermission {
        return sessionStorage.getItem('test-permission') === 'granted' ? 'granted' : 'default';
      }
      static requestPermission(): Promise<NotificationPermission> {
        w.permissionAsked += 1;
        sessionStorage.setItem('test-permission', 'granted');
        return Promise.resolve('granted');
      }
      constructor(title: string, options?: NotificationOptions) {
        w.notes.push(`${title} | ${options?.body ?? ''}`);
      }
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
  });
}

const alerts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { beeps: number; notes: string[]; permissionAsked: number };
    return { beeps: w.beeps, notes: w.notes, permissionAsked: w.permissionAsked };
  });

test('a whole ice cycle: on, a reload in the middle, take it off, wait, then the next go', async ({ page, errors }) => {
  await recordAlerts(page);
  await pauseClockAt(page, START);
  await page.goto('/tools/ice-heat-timer/');

  const timer = page.locator('bsg-ice-heat-timer');
  await expect(timer.getByText('This timer is a reminder, not a treatment.')).toBeVisible();
  await timer.getByLabel('Ice (up to 15 minutes)').check();
  await timer.getByLabel('Minutes on').fill('10');
  await timer.getByLabel('Show a notification').check();
  expect((await alerts(page)).permissionAsked).toBe(0);
  await timer.getByRole('button', { name: 'Start the timer' }).click();

  // Permission is asked only now, when the reader starts a timer.
  expect((await alerts(page)).permissionAsked).toBe(1);
  const title = timer.locator('[data-title]');
  const message = timer.locator('[data-message]');
  await expect(title).toHaveText('Ice on');
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  await expect(message).toHaveText(
    /^Take it off at 0?9:10, or sooner if it hurts or your skin feels sore\. Keep it wrapped\. Check your skin after 5 minutes\.$/,
  );
  await expect(timer.getByRole('status')).toContainText('Timer started. Ice on.');

  await page.clock.runFor('04:00');
  await expect(timer.getByRole('timer')).toHaveText('6:00');

  // A reload in the middle: the timer carries on from the saved start time.
  await page.reload();
  await expect(title).toHaveText('Ice on');
  await page.clock.runFor('01:00');
  await expect(timer.getByRole('timer')).toHaveText('5:00');
  expect((await alerts(page)).beeps).toBe(0);

  // The end of the application, as if the phone had been locked.
  await page.clock.fastForward('05:00');
  await expect(title).toHaveText('Take the ice off now');
  await expect(message).toHaveText(
    /^Check your skin\. Wait until your skin is back to its normal warmth and feeling.*Wait at least 2 hours between goes: the next go is allowed from 11:10 at the earliest\./,
  );
  await expect(timer.getByText('Next go in')).toBeVisible();
  await expect(timer.getByRole('timer')).toHaveText('2:00:00');
  await expect(timer.getByRole('status')).toContainText('Take the ice off now.');
  await expect
    .poll(async () => (await alerts(page)).notes)
    .toEqual(['Take the ice off now | Check your skin. Next go from 11:10 at the earliest.']);
  expect((await alerts(page)).beeps).toBe(3);

  await page.clock.fastForward('01:30:00');
  await expect(timer.getByRole('timer')).toHaveText('30:00');
  await page.clock.fastForward('30:00');
  await expect(title).toHaveText('You can use ice again if it helps');
  await expect(message).toHaveText(
    /touch your skin with your hand\. If it still feels cold, warm, numb or tingly, wait longer/,
  );
  await expect(timer.getByRole('timer')).toBeHidden();
  await expect.poll(async () => (await alerts(page)).notes.length).toBe(2);

  await timer.getByRole('button', { name: 'Start the next go' }).click();
  await expect(timer.getByRole('button', { name: 'Start the timer' })).toBeFocused();
  await expect(timer.getByLabel('Ice (up to 15 minutes)')).toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test('the sound plays when the pack must come off', async ({ page, errors }) => {
  await recordAlerts(page);
  await pauseClockAt(page, START);
  await page.goto('/tools/ice-heat-timer/');
  const timer = page.locator('bsg-ice-heat-timer');
  await timer.getByLabel('Minutes on').fill('5');
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await page.clock.runFor('04:59');
  expect((await alerts(page)).beeps).toBe(0);
  await page.clock.runFor('00:02');
  await expect(timer.locator('[data-title]')).toHaveText('Take the ice off now');
  expect((await alerts(page)).beeps).toBe(3);
  expect((await alerts(page)).notes).toEqual([]);
  expect((await alerts(page)).permissionAsked).toBe(0);
  expect(errors).toEqual([]);
});

test('heat has its own safe range and a longer wait, and a timer can be cancelled', async ({ page, errors }) => {
  await pauseClockAt(page, START);
  await page.goto('/tools/ice-heat-timer/');
  const timer = page.locator('bsg-ice-heat-timer');
  await timer.getByLabel('Heat (10 to 20 minutes)').check();
  await expect(timer.getByText('Heat: 10 to 20 minutes. Take it off sooner if it hurts.')).toBeVisible();
  const minutes = timer.getByLabel('Minutes on');
  await minutes.fill('25');
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.getByText('Enter a whole number of minutes from 10 to 20.')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(minutes).toBeFocused();

  await minutes.fill('20');
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.locator('[data-title]')).toHaveText('Heat on');
  await expect(timer.locator('[data-message]')).toContainText(
    'Never fall asleep with heat on. At night, use heat sitting up out of bed, or use cold instead.',
  );
  await page.clock.fastForward('20:00');
  await expect(timer.locator('[data-title]')).toHaveText('Take the heat off now');
  await expect(timer.getByRole('timer')).toHaveText('2:00:00');

  await timer.getByRole('button', { name: 'Cancel the timer' }).click();
  await expect(timer.getByRole('status')).toHaveText('Timer cancelled.');
  await expect(timer.getByRole('button', { name: 'Start the timer' })).toBeFocused();
  await page.reload();
  await expect(timer.getByRole('button', { name: 'Start the timer' })).toBeVisible();
  await expect(timer.locator('[data-run]')).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test('the timer in the article shares its state with the tool page', async ({ page, errors }) => {
  await pauseClockAt(page, START);
  await page.goto('/articles/ice-and-heat-timing/');
  const timer = page.locator('bsg-ice-heat-timer');
  await expect(timer.getByRole('heading', { name: 'Ice and heat timer', level: 3 })).toBeVisible();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.getByRole('timer')).toHaveText('15:00');

  await page.clock.runFor('03:00');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tools' }).click();
  await page.getByRole('link', { name: 'Ice and heat timer' }).click();
  await expect(page.locator('bsg-ice-heat-timer').getByRole('timer')).toHaveText('12:00');
  expect(errors).toEqual([]);
});

test('without JavaScript, the article and the tool page show the timings, not a dead timer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/ice-and-heat-timing/');
  await expect(page.getByRole('heading', { name: 'Ice and heat timer' })).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Up to 15 minutes. Check your skin after 5 minutes.' })).toBeVisible();

  await page.goto('/tools/ice-heat-timer/');
  await expect(page.getByRole('button', { name: 'Start the timer' })).toBeHidden();
  await expect(page.getByText('The timer needs JavaScript.')).toBeVisible();
  await expect(page.locator('[data-timing="ice"]')).toContainText('Up to 15 minutes. Check your skin after 5 minutes.');
  await expect(page.locator('[data-timing="heat"]')).toContainText('10 to 20 minutes');
  await context.close();
});

// The skin check: 5 minutes into a go of ice (checkSkinMinutes in content/self-care.yaml), shown and said politely.
test('ice: the skin check shows and is said at 5:00, not a second before', async ({ page, errors }) => {
  await pauseClockAt(page, START);
  await page.goto('/tools/ice-heat-timer/');
  const timer = page.locator('bsg-ice-heat-timer');
  await timer.getByLabel('Ice (up to 15 minutes)').check();
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  const prompt = timer.locator('[data-skin-check]');
  await expect(timer.getByRole('timer')).toHaveText('15:00');

  await page.clock.runFor('04:59');
  await expect(timer.getByRole('timer')).toHaveText('10:01');
  await expect(prompt).toBeHidden();
  await expect(timer.getByRole('status')).not.toContainText('Check your skin now');

  await page.clock.runFor(1000);
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  await expect(prompt).toBeVisible();
  await expect(prompt).toHaveText(/^Check your skin now: lift the pack and look\./);
  await expect(timer.getByRole('status')).toHaveText(/^Check your skin now/);
  expect(errors).toEqual([]);
});

test('heat: no skin check at 5 minutes, or later in the go', async ({ page, errors }) => {
  await pauseClockAt(page, START);
  await page.goto('/tools/ice-heat-timer/');
  const timer = page.locator('bsg-ice-heat-timer');
  await timer.getByLabel('Heat (10 to 20 minutes)').check();
  await timer.getByLabel('Minutes on').fill('20');
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await expect(timer.locator('[data-title]')).toHaveText('Heat on');

  await page.clock.runFor('05:00');
  await expect(timer.getByRole('timer')).toHaveText('15:00');
  await page.clock.runFor('10:00');
  await expect(timer.getByRole('timer')).toHaveText('5:00');
  await expect(timer.locator('[data-skin-check]')).toBeHidden();
  await expect(timer.getByRole('status')).not.toContainText('Check your skin now');
  expect(errors).toEqual([]);
});

test.describe('on a 390x844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('"Start the timer" comes before the settings, on the first screen', async ({ page, errors }) => {
    await page.goto('/tools/ice-heat-timer/');
    const timer = page.locator('bsg-ice-heat-timer');
    const start = (await timer.getByRole('button', { name: 'Start the timer' }).boundingBox())!;
    const kind = (await timer.getByRole('group', { name: 'What are you using?' }).boundingBox())!;
    const minutes = (await timer.getByLabel('Minutes on').boundingBox())!;
    expect(start.y + start.height).toBeLessThanOrEqual(kind.y);
    expect(start.y).toBeLessThan(minutes.y);
    expect(start.y + start.height, 'Start ends above the fold').toBeLessThanOrEqual(844);
    expect(errors).toEqual([]);
  });
});
