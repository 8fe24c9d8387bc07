import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../../data/content.ts';
import { renderOgImage } from '../../../../build/ogImage.ts';
import { ui } from '../../../../i18n/index.ts';
import { pathsInEveryLocale } from '../../../../i18n/routes.ts';

/** One link-preview image per article in each language: /og/articles/<slug>.png, /es/og/articles/<slug>.png. */
export const getStaticPaths = (() =>
  pathsInEveryLocale(async (locale) => {
    const { articles, topics } = await getContent(locale);
    const t = ui(locale).layout;
    return articles.map((article) => ({
      params: { slug: article.id },
      props: {
        title: article.data.title,
        siteName: t.siteName,
        topic: topics.find((topic) => topic.id === article.data.topic)?.title ?? t.tagline,
      },
    }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage({ title: props.title, siteName: props.siteName, footer: props.topic });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
