/**
 * The RSS feed of one language: /rss.xml (English), /es/rss.xml (the
 * Spanish articles that exist), and so on for each language
 * (src/pages/[...lang]/rss.xml.ts).
 */
import rss from '@astrojs/rss';
import { getContent } from '../../data/content.ts';
import { siteOf } from '../../site.ts';
import { feedItems, type FeedWords } from './items.ts';
import { absoluteUrl } from '../../domain/url.ts';
import { languageTags, localizePath, ui, type Locale } from '../../i18n/index.ts';
import { existsIn } from '../../pipeline/twins.ts';

export async function feedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const { articles, topics } = await getContent(locale);
  const base = import.meta.env.BASE_URL;
  const t = ui(locale).layout;
  const lang = languageTags[locale];
  const words: FeedWords = {
    lang,
    updated: t.feedUpdated,
    changes: `${t.changeLog}:`,
    firstPublished: t.firstPublished,
  };
  const folder = localizePath('/articles/', locale);
  // A language's feed lists only the articles written in it.
  const written = articles.filter((a) => existsIn(`${folder}${a.id}/`, locale));
  return rss({
    title: t.siteName,
    description: t.rssDescription,
    site: absoluteUrl(localizePath('/', locale), siteOf(site), base),
    trailingSlash: true,
    customData: `<language>${lang.toLowerCase()}</language>`,
    items: feedItems(
      written.map((a) => ({
        slug: a.id,
        ...a.data,
        topic: topics.find((t) => t.id === a.data.topic)?.title ?? a.data.topic,
      })),
      base,
      words,
      folder,
    ),
  });
}
