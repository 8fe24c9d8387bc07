import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

// The red-flag self-check, answered through each path. Questions come from
// content/red-flags.yaml, so the tests read it too.

interface Flag {
  id: string;
  level: 'emergency' | 'urgent' | 'routine';
  question: string;
  action?: string;
}
const flags = parse(readFileSync('content/red-flags.yaml', 'utf8')) as Flag[];
const ofLevel = (level: Flag['level']) => flags.filter((flag) => flag.level === level);

async function answer(page: Page, flag: Flag, value: 'Yes' | 'No'): Promise<void> {
  await page.getByRole('group', { name: flag.question }).getByRole('radio', { name: value }).check();
}
async function answerAll(page: Page, level: Flag['level'], value: 'Yes' | 'No'): Promise<void> {
  for (const flag of ofLevel(level)) await answer(page, flag, value);
}
// A level's first card (a level with more than 5 signs has more than one card).
const card = (page: Page, level: string): Locator => page.locator(`[data-care-card="${level}"]`).first();
const group = (page: Page, level: string): Locator => page.locator(`[data-group="${level}"]`);

test.beforeEach(async ({ page }) => {
  await page.goto('/tools/do-i-need-help/');
  await expect(page.locator('bsg-self-check')).toHaveAttribute('data-result', 'pending');
});

test('it says it is not a diagnosis, asks emergency questions first, and shows no card before any answer', async ({
  page,
  errors,
}) => {
  await expect(page.getByText('This is not a diagnosis.')).toBeVisible();
  const legends = await page.locator('bsg-self-check legend').allTextContents();
  expect(legends.map((text) => text.trim())).toEqual(
    [...ofLevel('emergency'), ...ofLevel('urgent'), ...ofLevel('routine')].map((f) => f.question),
  );
  for (const level of ['emergency', 'urgent', 'routine']) await expect(card(page, level)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'If you answered no to every question' })).toBeHidden();
  expect(errors).toEqual([]);
});

test('one emergency "yes" shows the emergency card at once, and "no" takes it away', async ({ page, errors }) => {
  const second = ofLevel('emergency')[1]!;
  await answer(page, second, 'Yes');
  await expect(card(page, 'emergency')).toBeVisible();
  await expect(card(page, 'emergency')).toBeInViewport();
  // The default browser language, en-US: the card names the United States' number and emergency room.
  await expect(card(page, 'emergency').getByRole('heading')).toContainText(
    'Call 911 or go to the emergency room now if you have back pain and:',
  );
  await expect(page.getByRole('alert')).toContainText('Call your emergency number or go to A&E now.');
  await expect(page.getByRole('alert')).toContainText(second.question);
  // The other questions no longer matter.
  await expect(group(page, 'urgent')).toBeHidden();
  await expect(group(page, 'routine')).toBeHidden();

  await answer(page, second, 'No');
  await expect(card(page, 'emergency')).toBeHidden();
  await expect(group(page, 'urgent')).toBeVisible();
  expect(errors).toEqual([]);
});

test('no emergency sign but an urgent one shows the urgent card, with a link to the article', async ({
  page,
  errors,
}) => {
  await answerAll(page, 'emergency', 'No');
  // A sign that takes its level's instruction (the pregnancy sign has its own: see the next test).
  await answer(
    page,
    ofLevel('urgent')
      .filter((flag) => !flag.action)
      .at(-1)!,
    'Yes',
  );
  const outcome = page.locator('[data-outcome="urgent"]');
  await expect(card(page, 'urgent')).toBeVisible();
  await expect(card(page, 'emergency')).toBeHidden();
  await expect(group(page, 'routine')).toBeHidden();
  await expect(outcome.getByText('You have not answered every question above.')).toBeHidden();
  await expect(outcome.getByRole('link', { name: 'when to get help for back pain' })).toHaveAttribute(
    'href',
    /\/articles\/when-to-get-help\/$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'urgent' })).toContainText(
    'Get an urgent same-day appointment',
  );
  expect(errors).toEqual([]);
});

test('a pregnant reader with a warning sign is told to call her maternity unit or midwife, never to look after it at home', async ({
  page,
  errors,
}) => {
  const pregnancy = flags.find((flag) => flag.id === 'pregnancy')!;
  await answerAll(page, 'emergency', 'No');
  for (const flag of ofLevel('urgent')) await answer(page, flag, flag === pregnancy ? 'Yes' : 'No');
  await expect(card(page, 'urgent')).toBeVisible();
  await expect(group(page, 'routine')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'midwife' })).toContainText(pregnancy.action!);
  await expect(page.getByText('look after it at home')).toBeHidden();
  expect(errors).toEqual([]);
});

test('an urgent "yes" with emergency questions skipped asks for those answers too', async ({ page, errors }) => {
  await answer(page, ofLevel('emergency')[0]!, 'No');
  await answer(page, ofLevel('urgent')[0]!, 'Yes');
  await expect(card(page, 'urgent')).toBeVisible();
  await expect(
    page.locator('[data-outcome="urgent"]').getByText('You have not answered every question above.'),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('only a routine sign shows the routine card', async ({ page, errors }) => {
  await answerAll(page, 'emergency', 'No');
  await answerAll(page, 'urgent', 'No');
  await answer(page, ofLevel('routine')[0]!, 'Yes');
  await expect(card(page, 'routine')).toBeVisible();
  await expect(card(page, 'routine').getByRole('heading')).toHaveText(/See a doctor or physiotherapist if:/);
  await expect(card(page, 'urgent')).toBeHidden();
  await expect(card(page, 'emergency')).toBeHidden();
  expect(errors).toEqual([]);
});

test('"no" to everything gives self-care advice with links; clearing starts again; nothing is stored', async ({
  page,
  context,
  errors,
}) => {
  await answerAll(page, 'emergency', 'No');
  await answerAll(page, 'urgent', 'No');
  await answerAll(page, 'routine', 'No');
  const none = page.locator('[data-outcome="none"]');
  await expect(none.getByRole('heading', { name: 'If you answered no to every question' })).toBeVisible();
  await expect(none.getByRole('link', { name: 'What to do in the first 48 hours' })).toBeVisible();
  for (const level of ['emergency', 'urgent', 'routine']) await expect(card(page, level)).toBeHidden();

  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(await context.cookies()).toEqual([]);

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.locator('bsg-self-check')).toHaveAttribute('data-result', 'pending');
  await expect(none).toBeHidden();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without JavaScript it is a plain list of the questions and every card', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/do-i-need-help/');
  await expect(page.locator('bsg-self-check legend')).toHaveCount(flags.length);
  for (const flag of flags) await expect(page.getByText(flag.question)).toBeVisible();
  const radios = page.locator('input[type="radio"]');
  await expect(radios).toHaveCount(flags.length * 2);
  for (const radio of await radios.all()) await expect(radio).toBeHidden();
  for (const level of ['emergency', 'urgent', 'routine']) await expect(card(page, level)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'If you answered no to every question' })).toBeVisible();
  await context.close();
});

// Every result comes into view where the eye is, says which answers led to it,
// and is announced. Reduced motion: the page jumps instead of scrolling smoothly.
test.describe('each result, in view and announced', () => {
  test.use({ reducedMotion: 'reduce' });

  test('emergency: the card heading is in view; the result and the alert name the answer', async ({ page, errors }) => {
    const sign = ofLevel('emergency').at(-1)!;
    await answer(page, sign, 'Yes');
    const outcome = page.locator('[data-outcome="emergency"]');
    await expect(card(page, 'emergency').getByRole('heading')).toBeInViewport();
    await expect(outcome.locator('[data-because]')).toContainText(sign.question);
    await expect(page.getByRole('alert')).toContainText(sign.question);
    expect(errors).toEqual([]);
  });

  test('urgent: the card heading is in view; the result and the status name the answers', async ({ page, errors }) => {
    await answerAll(page, 'emergency', 'No');
    const [a, b] = [ofLevel('urgent')[0]!, ofLevel('urgent')[3]!];
    await answer(page, a, 'Yes');
    const outcome = page.locator('[data-outcome="urgent"]');
    await expect(card(page, 'urgent').getByRole('heading')).toBeInViewport();
    await expect(outcome.locator('[data-because] li')).toHaveText([a.question]);
    // A second "yes" adds to the list (the page stays where the reader is).
    await answer(page, b, 'Yes');
    await expect(outcome.locator('[data-because] li')).toHaveText([a.question, b.question]);
    await expect(page.getByRole('status')).toContainText('You answered yes to 2 questions');
    expect(errors).toEqual([]);
  });

  test('routine: the card heading is in view and the result names the answer', async ({ page, errors }) => {
    await answerAll(page, 'emergency', 'No');
    await answerAll(page, 'urgent', 'No');
    const sign = ofLevel('routine').at(-1)!;
    await answer(page, sign, 'Yes');
    await expect(card(page, 'routine').getByRole('heading')).toBeInViewport();
    await expect(page.locator('[data-outcome="routine"] [data-because] li')).toHaveText([sign.question]);
    await expect(page.getByRole('status')).toContainText(sign.question);
    expect(errors).toEqual([]);
  });

  test('"no" to all: the result sits right under the last question, in view, and says so', async ({ page, errors }) => {
    await answerAll(page, 'emergency', 'No');
    await answerAll(page, 'urgent', 'No');
    await answerAll(page, 'routine', 'No');
    const none = page.locator('[data-outcome="none"]');
    await expect(none.getByRole('heading', { name: 'If you answered no to every question' })).toBeInViewport();
    await expect(none).toContainText(`You answered no to all ${flags.length} questions.`);
    await expect(page.getByRole('status')).toContainText('No warning signs');
    // Nothing but the (hidden) routine result sits between the last question and it.
    const last = await page.locator('fieldset[data-question]').last().boundingBox();
    const result = await none.boundingBox();
    expect(result!.y - (last!.y + last!.height)).toBeLessThan(200);
    expect(errors).toEqual([]);
  });
});
