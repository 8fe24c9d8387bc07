import { expect, test } from './fixtures.ts';

// Hostile search queries, opened as /search/?q=... the way a link someone
// sent would open them. Whatever the search page does with the query, it
// must stay text: no dialog opens, nothing injected appears in the page, the
// policy reports no blocked inline code, and the page shows no error.

const PAYLOADS: { name: string; query: string }[] = [
  { name: 'script tag', query: '<script>alert(1)</script>' },
  { name: 'img onerror', query: '<img src=x onerror="alert(1)">' },
  { name: 'attribute break-out', query: '"><svg onload=alert(1)>' },
  { name: 'single-quote break-out', query: "'><iframe src=javascript:alert(1)>" },
  { name: 'javascript: link', query: '<a href="javascript:alert(1)" data-injected>click</a>' },
  { name: 'bare javascript: URL', query: 'javascript:alert(1)' },
  { name: 'closing title', query: '</title><script>alert(1)</script>' },
  { name: 'closing script', query: '</script><script>alert(1)</script>' },
  { name: 'style injection', query: '<style>body{display:none}</style><b data-injected>x</b>' },
  { name: 'details ontoggle', query: '<details open ontoggle=alert(1)>' },
  { name: 'svg animate', query: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { name: 'mutation XSS', query: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'autofocus onfocus', query: '" autofocus onfocus=alert(1) x="' },
  { name: 'template literal', query: '${alert(1)}' },
  { name: 'template engine', query: "{{constructor.constructor('alert(1)')()}}" },
  { name: 'entity-encoded script', query: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'double URL-encoded script', query: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'DOM clobbering', query: '<form id="search" name="results"><input name="innerHTML"></form>' },
  // Long, but short enough for a server's request line (nginx allows 8 KB by default).
  { name: 'very long query', query: 'ice '.repeat(1000) },
  { name: 'very long word', query: 'a'.repeat(3000) },
  { name: 'very long tag soup', query: '<b>'.repeat(500) },
  { name: 'unicode: scripts and emoji', query: 'боль в спине 背中の痛み ألم الظهر 😣🔥 Rückenschmerzen' },
  { name: 'unicode: right-to-left override', query: '\u202Egnp.exe\u202C ice' },
  { name: 'unicode: zero-width and combining', query: 'i\u200Bc\u200De\u0301 he\uFEFFat' },
  { name: 'control characters', query: 'ice\u0000heat\u0007\u001B[31m' },
];

/** Raw query strings that are not valid percent-encoding or repeat the parameter. */
const RAW: { name: string; search: string }[] = [
  { name: 'malformed percent-encoding', search: 'q=%E0%A4%A' },
  { name: 'a lone percent sign', search: 'q=%' },
  { name: 'repeated q', search: 'q=%3Cb%3Ea%3C%2Fb%3E&q=%3Ci%3Eb%3C%2Fi%3E' },
  { name: 'plus signs and encoded plus', search: 'q=ice+%2B+heat%2B%2B' },
  { name: 'a UTF-16 surrogate as bytes (invalid UTF-8)', search: 'q=ice%20%ED%A0%80%20heat' },
  { name: 'an empty query', search: 'q=' },
];

const CASES = [...PAYLOADS.map(({ name, query }) => ({ name, search: `q=${encodeURIComponent(query)}` })), ...RAW];

declare global {
  interface Window {
    __pwned?: boolean;
    __cspViolations?: string[];
  }
}

test.describe.configure({ mode: 'parallel' });

for (const { name, search } of CASES) {
  test(`a hostile search query is rendered inert: ${name}`, async ({ page, errors }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.context().addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations!.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
      );
      // Any payload that ran would have called alert, so alert also leaves a mark.
      const original = window.alert.bind(window);
      window.alert = (message?: unknown) => {
        window.__pwned = true;
        original(String(message));
      };
    });

    const response = await page.goto(`/search/?${search}`).catch((error: Error) => {
      throw new Error(`${name}: the page did not load: ${error.message.slice(0, 200)}`);
    });
    expect(response?.status(), name).toBe(200);
    // Wait for what the reader sees: the search has taken the query and finished with it.
    await expect(page.locator('[data-search-nojs]')).toHaveText(/^Results show below as you type/);
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      if (window.__pwned) problems.push('alert() was called');
      if (window.__cspViolations?.length) problems.push(`CSP blocked: ${window.__cspViolations.join('; ')}`);
      const injectedSelectors = [
        '[data-injected]',
        'iframe',
        'object',
        'embed',
        'math',
        'details[ontoggle]',
        'img[src="x"]',
        'form#search',
        'body style',
        'a[href^="javascript:" i]',
      ];
      for (const selector of injectedSelectors)
        if (document.querySelector(selector)) problems.push(`found ${selector}`);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames())
          if (/^on/i.test(attr)) problems.push(`<${el.tagName.toLowerCase()} ${attr}>`);
      }
      for (const script of document.querySelectorAll('script:not([src])')) {
        if (/alert/.test(script.textContent ?? '')) problems.push('an inline script with the payload');
      }
      if (document.title.includes('<') || document.querySelectorAll('title').length !== 1)
        problems.push(`the title changed: ${document.title}`);
      return problems;
    });
    expect(found, name).toEqual([]);
    expect(dialogs, name).toEqual([]);
    // The search box shows the query as the text it is (cut to the box's length), never as parsed markup.
    const box = page.locator('main input[type="search"]').first();
    const maxLength = await box.evaluate((input: HTMLInputElement) => (input.maxLength > 0 ? input.maxLength : 100));
    const q = new URLSearchParams(search).get('q') ?? '';
    if (/^[\x20-\x7e]*$/.test(q)) expect(await box.inputValue(), `${name}: the search box`).toBe(q.slice(0, maxLength));
    expect(errors).toEqual([]);
  });
}
