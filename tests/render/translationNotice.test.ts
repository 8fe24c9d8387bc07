import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import TranslationNotice from '../../src/components/layout/TranslationNotice.astro';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { loadSite } from '../../src/pipeline/loadSite.ts';
import { ARTICLE, spanishSiteFiles } from '../helpers/siteFiles.ts';
import Fences from './fixtures/fences.mdx';

// What a Spanish reader sees under the title when the English article changed
// after it was translated: the pipeline marks the translation stale
// (loadSite over the fixture site), and the notice says so.

let container: AstroContainer;
beforeAll(async () => {
  // The site's languages, so Astro.currentLocale follows the page's address as in a build.
  type Manifest = NonNullable<NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest']>;
  container = await AstroContainer.create({
    renderers: await loadRenderers([mdxRenderer()]),
    manifest: {
      i18n: {
        fallback: undefined,
        fallbackType: 'redirect',
        strategy: 'pathname-prefix-other-locales',
        locales: [...locales],
        defaultLocale,
        domainLookupTable: {},
        domains: undefined,
      },
    } as unknown as Manifest,
  });
});

/** The Spanish ice-or-heat article's translation, after the English file is changed (or not). */
function translation(changeEnglish: (text: string) => string) {
  const files = spanishSiteFiles();
  files[ARTICLE] = changeEnglish(files[ARTICLE]!);
  const article = loadSite(files).content.translations.es?.articles.find((a) => a.id === 'ice-or-heat');
  if (!article) throw new Error('the fixture site has no Spanish ice-or-heat article');
  return article.translation;
}

async function render(changeEnglish: (text: string) => string) {
  const html = await container.renderToString(TranslationNotice, {
    props: { translation: translation(changeEnglish), slug: 'ice-or-heat' },
    request: new Request('http://localhost/es/articles/ice-or-heat/'),
  });
  return parse(html);
}

describe('the Spanish page of an English article', () => {
  test('changed since it was translated: the page says it is being updated, and to ask a doctor or pharmacist', async () => {
    const root = await render((text) => text.replace(/^(## .+)$/m, '$1\n\nA new sentence in the English only.\n'));
    const notice = root.querySelector('[data-translation]');
    expect(notice?.getAttribute('data-translation')).toBe('stale');
    expect(notice?.getAttribute('role')).toBe('note');
    expect(notice?.text).toContain('Estamos actualizando esta página');
    expect(notice?.text).toContain('pregunte a un médico o a un farmacéutico');
    expect(notice?.text).not.toContain('fíese');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/articles/ice-or-heat/');
    expect(notice?.querySelector('a')?.getAttribute('hreflang')).toBe('en-GB');
  });

  test('unchanged: the page says when it was translated, in Spanish', async () => {
    const root = await render((text) => text);
    const notice = root.querySelector('[data-translation]');
    expect(notice?.getAttribute('data-translation')).toBe('current');
    expect(notice?.text.trim()).toMatch(/^Traducida del inglés el \d+ de \w+ de \d{4}\. Lea la página en inglés$/);
  });
});

// The site's Markdown settings (astro.config.mjs: no highlighter), through the
// MDX integration the build uses: a fence is text, whatever its language name.
describe('code fences in an MDX file', () => {
  test('are escaped text, and their language names (known or not) add no markup', async () => {
    const html = await container.renderToString(Fences);
    expect(html).toContain('&lt;meta http-equiv=');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toMatch(/<meta http-equiv="refresh"|<script>alert|<img src=x|<b>bold/);
    expect(html).not.toMatch(/<span style=|class="astro-code/);
  });
});
