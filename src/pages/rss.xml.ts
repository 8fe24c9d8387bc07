import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../data/content.ts';
import { SITE, siteOf } from '../site.ts';
import { feedItems } from '../utils/feed.ts';
import { absoluteUrl } from '../utils/url.ts';

/** /rss.xml: new and updated articles, newest first, each with its change notes. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, topics } = await getContent();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: SITE.name,
    description: `New and updated pages. ${SITE.tagline}.`,
    site: absoluteUrl('/', siteOf(site), base),
    trailingSlash: true,
    customData: `<language>${SITE.lang.toLowerCase()}</language>`,
    items: feedItems(
      articles.map((a) => ({
        slug: a.id,
        ...a.data,
        topic: topics.find((t) => t.id === a.data.topic)?.title ?? a.data.topic,
      })),
      base,
    ),
  });
};
