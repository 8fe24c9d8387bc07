/**
 * What a search result looks like on a page, shared by the search page and
 * the header's search box. Built with DOM nodes only: no text from the
 * index or the query is ever parsed as HTML.
 */
import { pathPrefix } from './combobox.ts';
import type { SearchResult } from './engine.ts';
import type { Range } from './snippet.ts';
import { fill, type HeaderWords } from './words.ts';

/** Text with its highlighted ranges wrapped in <mark>. */
export function marked(text: string, ranges: readonly Range[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/**
 * The address of a result's section, under the site's base path and the
 * page's language ("/", "/guide/", "/es/", "/guide/es/").
 */
export function resultHref(base: string, slug: string, anchor: string): string {
  return `${pathPrefix(base)}/articles/${slug}/#${anchor}`;
}

/**
 * One article's result: its title, then a link per matching section with a
 * snippet. Each link's name starts with the article title, so it makes
 * sense on its own ("Ice or heat: How long to use it").
 */
export function resultItem(result: SearchResult, base: string, withSnippets = true): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('p');
  title.className = 'search-result__title';
  title.textContent = result.title;
  const sections = document.createElement('ul');
  sections.className = 'search-result__sections';
  for (const section of result.sections) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = resultHref(base, result.slug, section.anchor);
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.textContent = `${result.title}: `;
    link.append(context, marked(section.heading, section.headingHighlights));
    entry.append(link);
    if (withSnippets && section.snippet.text) {
      const snippet = document.createElement('p');
      snippet.className = 'search-result__snippet';
      snippet.append(marked(section.snippet.text, section.snippet.highlights));
      entry.append(snippet);
    }
    sections.append(entry);
  }
  item.append(title, sections);
  return item;
}

/**
 * The header list's options for the results that have arrived so far (one
 * per section, named "article title: section heading"), then the option that
 * opens the full search page, which also names any unknown words.
 */
export function headerOptions(
  results: readonly (SearchResult | undefined)[],
  base: string,
  allHref: string,
  unknown: readonly string[],
  words: HeaderWords,
): HTMLLIElement[] {
  const option = (href: string, ...content: (Node | string)[]) => {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.dataset.href = href;
    item.append(...content);
    return item;
  };
  const span = (className: string, ...content: (Node | string)[]) => {
    const element = document.createElement('span');
    element.className = className;
    element.append(...content);
    return element;
  };
  const options = results.flatMap((result) =>
    (result?.sections ?? []).map((section) =>
      option(
        resultHref(base, result!.slug, section.anchor),
        span('header-search__title', result!.title),
        span('visually-hidden', ': '),
        span('header-search__heading', marked(section.heading, section.headingHighlights)),
      ),
    ),
  );
  const all = option(
    allHref,
    unknown.length > 0 ? `${unknownWordsText(unknown, words)} ${words.seeAll}` : words.seeAll,
  );
  all.className = 'header-search__all';
  options.push(all);
  options.forEach((item, i) => (item.id = `header-search-option-${i}`));
  return options;
}

/** "No pages use the word “covid”, so it was left out." for the words a search left out, or "" when there are none. */
export function unknownWordsText(
  unknown: readonly string[],
  words: Pick<HeaderWords, 'unknownOne' | 'unknownMany' | 'or' | 'openQuote' | 'closeQuote'>,
): string {
  if (unknown.length === 0) return '';
  const quoted = unknown.map((word) => `${words.openQuote}${word}${words.closeQuote}`);
  if (quoted.length === 1) return fill(words.unknownOne, { words: quoted[0] ?? '' });
  return fill(words.unknownMany, { words: `${quoted.slice(0, -1).join(', ')} ${words.or} ${quoted.at(-1)}` });
}
