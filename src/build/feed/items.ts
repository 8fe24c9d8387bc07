import { formatDate } from '../../domain/formatDate.ts';
import { lastModifiedOf, type ArticleDates } from '../../domain/lastModified.ts';
import { withBase } from '../../domain/url.ts';

export interface FeedArticle extends ArticleDates {
  slug: string;
  title: string;
  description: string;
  topic: string;
  changes: readonly { date: Date; note: string }[];
}

/** One item of the RSS feed, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** HTML: the description and every change note. */
  content: string;
  categories: string[];
}

/** The words of a feed, in its language. */
export interface FeedWords {
  /** The language tag dates are written in (Intl), such as en-GB. */
  lang: string;
  /** The start of an updated article's summary: "Updated 1 December 2026:". */
  updated: (date: string) => string;
  changes: string;
  firstPublished: string;
}

export const ENGLISH_FEED_WORDS: FeedWords = {
  lang: 'en-GB',
  updated: (date) => `Updated ${date}:`,
  changes: 'What changed on this page:',
  firstPublished: 'page first published.',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The feed of new and updated articles, most recently changed first. An
 * updated article is dated by its newest change and its summary starts with
 * that change note, so readers see what is new on the page.
 */
export function feedItems(
  articles: readonly FeedArticle[],
  base: string,
  words: FeedWords = ENGLISH_FEED_WORDS,
  /** The articles' folder in the feed's language: /articles/ or /es/articles/. */
  folder = '/articles/',
): FeedItem[] {
  return [...articles]
    .map((article) => ({ article, modified: lastModifiedOf(article) }))
    .sort((a, b) => b.modified.getTime() - a.modified.getTime() || a.article.slug.localeCompare(b.article.slug))
    .map(({ article, modified }) => {
      const changes = [...article.changes].sort((a, b) => b.date.getTime() - a.date.getTime());
      const latest = changes[0];
      const updated = latest && latest.date.getTime() === modified.getTime() ? latest : undefined;
      const log = [
        ...changes.map((c) => `${formatDate(c.date, words.lang)}: ${c.note}`),
        `${formatDate(article.published, words.lang)}: ${words.firstPublished}`,
      ];
      return {
        title: article.title,
        link: withBase(`${folder}${article.slug}/`, base),
        pubDate: modified,
        description: updated
          ? `${words.updated(formatDate(updated.date, words.lang))} ${updated.note} ${article.description}`
          : article.description,
        content: `<p>${escapeHtml(article.description)}</p><p>${escapeHtml(words.changes)}</p><ul>${log.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
        categories: [article.topic],
      };
    });
}
