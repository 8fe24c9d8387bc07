import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../data/content.ts';
import { renderOgImage } from '../../../build/ogImage.ts';
import { ui, type Locale } from '../../../i18n/index.ts';

/** The preview images of a language's articles: a path and the words drawn for each. */
export async function articlePreviews(locale: Locale, keep: (slug: string) => boolean = () => true) {
  const { articles, topics } = await getContent(locale);
  const t = ui(locale).layout;
  return articles
    .filter((article) => keep(article.id))
    .map((article) => ({
      params: { slug: article.id },
      props: {
        title: article.data.title,
        siteName: t.siteName,
        topic: topics.find((topic) => topic.id === article.data.topic)?.title ?? t.tagline,
      },
    }));
}

/** One link-preview image per article: /og/articles/<slug>.png. */
export const getStaticPaths: GetStaticPaths = () => articlePreviews('en');

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage({ title: props.title, siteName: props.siteName, footer: props.topic });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
