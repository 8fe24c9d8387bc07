import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../data/content.ts';
import { renderOgImage } from '../../../lib/ogImage.ts';
import { SITE } from '../../../site.ts';

/** One link-preview image per article: /og/articles/<slug>.png. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { articles, topics } = await getContent();
  return articles.map((article) => ({
    params: { slug: article.id },
    props: { title: article.data.title, topic: topics.find((t) => t.id === article.data.topic)?.title ?? SITE.tagline },
  }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage({ title: props.title, siteName: SITE.name, footer: props.topic });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
