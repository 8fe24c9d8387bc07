import type { Page } from '@playwright/test';
import { gatePages } from '../helpers/pages.ts';
import { localeOfPath, ui } from '../../src/i18n/index.ts';
import { expect, walkTest as test } from './fixtures.ts';

// Keyboard use of every page: Tab reaches every control, in order, once,
// and then leaves the page (no focus trap); every focused control is on
// screen, not covered, and shows a visible focus style; the first Tab lands
// on the skip link, which moves focus to the main content. Two tests per
// page, on a page the worker keeps open (walkTest).

const PAGES = gatePages();

interface Focused {
  index: number;
  label: string;
  problems: string[];
}

declare global {
  interface Window {
    __kbBaseline?: Record<string, string>[];
  }
}

/** Marks every visible focusable element with data-kb-index and records its unfocused style. Returns how many Tab stops. */
async function markFocusables(page: Page): Promise<number> {
  // Let scripts' changes settle first: a control a script reveals at load (the share
  // button) may still be mid-transition, even the 0.01ms ones of reduced motion.
  // Animations tied to the scroll, not to time (the "Warning signs" link's, SignsLink.astro), never finish.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.getAnimations().filter((a) => a.playState === 'running' && !(a.timeline && 'source' in a.timeline))
              .length,
        ),
      {
        message: 'animations and transitions have finished',
      },
    )
    .toBe(0);
  // Some controls show only once the page has scrolled (the "Warning signs" link, once the
  // header has gone: SignsLink.astro), so the controls are marked with the page at its end,
  // then the page goes back to its top.
  await page.evaluate(async () => {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const count = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'area[href]',
      'button:not([disabled])',
      'input:not([disabled]):not([type="hidden"])',
      'select:not([disabled])',
      'textarea:not([disabled])',
      'details > summary:first-of-type',
      'iframe',
      '[contenteditable]:not([contenteditable="false"])',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      // Transparent controls count: some appear only when focused, which is checked when they are.
      (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    const snapshot = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        color: s.color,
        border: `${s.borderTopColor} ${s.borderBottomColor} ${s.borderTopWidth} ${s.borderBottomWidth}`,
        decoration: `${s.textDecorationLine} ${s.textDecorationThickness}`,
      };
    };
    // A group of radio buttons is one Tab stop (the arrow keys move inside it), so its buttons share an index.
    const baseline: Record<string, string>[] = [];
    const radioGroups = new Map<string, number>();
    for (const el of elements) {
      const radio =
        el instanceof HTMLInputElement && el.type === 'radio' && el.name
          ? `${el.form ? [...document.forms].indexOf(el.form) : -1}/${el.name}`
          : undefined;
      let index = radio === undefined ? undefined : radioGroups.get(radio);
      if (index === undefined) {
        index = baseline.length;
        baseline.push(snapshot(el));
        if (radio !== undefined) radioGroups.set(radio, index);
      }
      el.setAttribute('data-kb-index', String(index));
    }
    window.__kbBaseline = baseline;
    return baseline.length;
  });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return count;
}

/** What has focus now, or null when focus has left the page. */
function describeFocus(page: Page): Promise<Focused | null> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement || !document.hasFocus()) return null;
    const label = `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().slice(0, 40)}"`;
    const index = Number(el.getAttribute('data-kb-index') ?? -1);
    const base = window.__kbBaseline?.[index];
    const visibleColour = (colour: string) => !/^(transparent|rgba\([^)]*,\s*0\))$/.test(colour);

    const check = (): string[] => {
      const problems: string[] = [];
      if (index < 0)
        problems.push('took focus but is not a visible control (hidden or not in the page when it loaded)');
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) problems.push('has no size on screen');
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity);
      if (opacity < 0.5) problems.push(`is nearly transparent (opacity ${opacity.toFixed(2)})`);
      const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      if (!inView) problems.push(`is off screen at ${Math.round(rect.left)},${Math.round(rect.top)}`);
      else {
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        if (top && top !== el && !el.contains(top) && !top.contains(el))
          problems.push(`is covered by <${top.tagName.toLowerCase()} class="${top.className}">`);
      }
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && visibleColour(s.outlineColor);
      const changed =
        base !== undefined &&
        ((s.boxShadow !== base.boxShadow && s.boxShadow !== 'none') ||
          s.backgroundColor !== base.background ||
          `${s.borderTopColor} ${s.borderBottomColor} ${s.borderTopWidth} ${s.borderBottomWidth}` !== base.border);
      if (!outline && !changed)
        problems.push(
          'shows no visible focus style (no outline of 2px or more, and no change of shadow, background or border)',
        );
      return problems;
    };

    // The browser may apply focus styles a frame or two after the key press
    // (it did for the first Tab on a fresh page), so give it up to 5 frames.
    let problems = check();
    for (let frame = 0; frame < 5 && problems.length > 0; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      problems = check();
    }
    return { index, label, problems };
  });
}

test.describe.configure({ mode: 'parallel' });
// A desktop keyboard user. Reduced motion makes focus scroll at once instead of smoothly,
// so a focused control can be checked on screen straight away.
test.use({
  walk: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, reducedMotion: 'reduce' },
});

for (const path of PAGES) {
  test(`Tab reaches every control on ${path} once, each visibly focused, with no trap`, async ({ page, errors }) => {
    await page.goto(path);
    const count = await markFocusables(page);
    expect(count, `${path} has controls`).toBeGreaterThan(0);
    const order: number[] = [];
    const problems: string[] = [];
    let cycled = false;
    // Some controls take several Tabs (a date field's day, month and year), hence the margin.
    for (let step = 0; step <= count * 3 + 10; step++) {
      await page.keyboard.press('Tab');
      const focused = await describeFocus(page);
      // Focus leaves the page, or wraps round to the first control: the cycle is complete.
      if (focused === null || focused.index === order[0]) {
        cycled = true;
        break;
      }
      if (focused.index === order.at(-1)) continue; // still inside the same control
      if (order.includes(focused.index)) {
        problems.push(`focus came back to ${focused.label} before leaving the page: a focus trap`);
        cycled = true; // reported already
        break;
      }
      order.push(focused.index);
      problems.push(...focused.problems.map((p) => `${focused.label} ${p}`));
    }
    const missed = Array.from({ length: count }, (_, i) => i).filter((i) => !order.includes(i));
    for (const i of missed) {
      problems.push(
        `${await page
          .locator(`[data-kb-index="${i}"]`)
          .first()
          .evaluate((el) => el.outerHTML.slice(0, 80))} is never reached by Tab`,
      );
    }
    if (!cycled) problems.push('Tab never left the page: focus is trapped');
    expect(problems, `keyboard problems on ${path}`).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`the first Tab on ${path} lands on the skip link, which moves focus to the main content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: ui(localeOfPath(path)).layout.skipLink });
    await expect(skip, path).toBeFocused();
    await expect(skip, path).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content'), path).toBeFocused();
    // The next Tab goes to the first control inside the main content (or leaves it, if it has none).
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => {
      const active = document.activeElement;
      const main = document.getElementById('main-content');
      const firstInMain = main?.querySelector(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      );
      return firstInMain ? main!.contains(active) : !main!.contains(active);
    });
    expect(inMain, `${path}: Tab after the skip link`).toBe(true);
  });
}
