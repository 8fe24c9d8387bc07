import type { Page } from '@playwright/test';
import { gatePages } from '../helpers/pages.ts';
import { expect, test, walkTest } from './fixtures.ts';

// WCAG 1.4.10 Reflow: every page reads at 320 CSS pixels wide without
// scrolling sideways, on a 320 px phone and at 400% zoom of a 1280x1024
// desktop (which is 320x256 CSS pixels). And motion is off when the reader
// asks for reduced motion. One test per page and viewport, on a page the
// worker keeps open (walkTest).

const PAGES = gatePages();

/** What sticks out sideways: the page's own scroll width, or elements past the right edge outside a scroll box. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const el of [document.documentElement, document.body]) {
      const x = getComputedStyle(el).overflowX;
      if (x === 'hidden' || x === 'clip')
        problems.push(
          `<${el.tagName.toLowerCase()}> hides sideways overflow (overflow-x: ${x}), which cuts content off`,
        );
    }
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1 || inScrollBox(el)) continue;
      if (!el.checkVisibility()) continue;
      problems.push(
        `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> reaches ${Math.round(rect.right)}px`,
      );
      if (problems.length > 5) break;
    }
    return problems;
  });
}

test.describe.configure({ mode: 'parallel' });

walkTest.describe('a 320 px wide phone', () => {
  walkTest.use({ walk: { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true } });
  for (const path of PAGES) {
    walkTest(`${path} does not scroll sideways`, async ({ page, errors }) => {
      await page.goto(path);
      expect(await overflow(page), path).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

walkTest.describe('400% zoom of a 1280x1024 desktop, with reduced motion', () => {
  walkTest.use({
    walk: {
      viewport: { width: 320, height: 256 },
      deviceScaleFactor: 4,
      isMobile: false,
      hasTouch: false,
      reducedMotion: 'reduce',
    },
  });
  for (const path of PAGES) {
    walkTest(`${path} does not scroll sideways, and nothing moves`, async ({ page, errors }) => {
      await page.goto(path);
      expect(await overflow(page), path).toEqual([]);
      const motion = await page.evaluate(() => {
        const problems: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') problems.push('scrolling is smooth');
        const seconds = (list: string) =>
          list.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
        for (const el of document.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          const animated = s.animationName !== 'none' && seconds(s.animationDuration).some((t) => t > 0.01);
          const transitions = seconds(s.transitionDuration).some((t) => t > 0.01) && s.transitionProperty !== 'none';
          if (animated || transitions)
            problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> still moves`);
          if (getComputedStyle(el).scrollBehavior === 'smooth')
            problems.push(`<${el.tagName.toLowerCase()}> scrolls smoothly`);
        }
        return problems.slice(0, 5);
      });
      expect(motion, `${path} with prefers-reduced-motion: reduce`).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test('with no motion preference the same check sees the smooth scrolling (so it can fail)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
