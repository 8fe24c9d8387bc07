import { formatDate } from './formatDate.ts';
import { lastModifiedOf, type ArticleDates } from './lastModified.ts';
import { withBase } from './url.ts';

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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The feed of new and updated articles, most recently changed first. An
 * updated article is dated by its newest change and its summary starts with
 * that change note, so readers see what is new on the page.
 */
export function feedItems(articles: readonly FeedArticle[], base: string): FeedItem[] {
  return [...articles]
    .map((article) => ({ article, modified: lastModifiedOf(article) }))
    .sort((a, b) => b.modified.getTime() - a.modified.getTime() || a.article.slug.localeCompare(b.article.slug))
    .map(({ article, modified }) => {
      const changes = [...article.changes].sort((a, b) => b.date.getTime() - a.date.getTime());
      const latest = changes[0];
      const updated = latest && latest.date.getTime() === modified.getTime() ? latest : undefined;
      const log = [
        ...changes.map((c) => `${formatDate(c.date)}: ${c.note}`),
        `${formatDate(article.published)}: page first published.`,
      ];
      return {
        title: article.title,
        link: withBase(`/articles/${article.slug}/`, base),
        pubDate: modified,
        description: updated
          ? `Updated ${formatDate(updated.date)}: ${updated.note} ${article.description}`
          : article.description,
        content: `<p>${escapeHtml(article.description)}</p><p>What changed on this page:</p><ul>${log.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
        categories: [article.topic],
      };
    });
}
