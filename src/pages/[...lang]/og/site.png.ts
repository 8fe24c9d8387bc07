import type { APIRoute } from 'astro';
import { renderOgImage } from '../../../build/ogImage.ts';
import { ui } from '../../../i18n/index.ts';
import { localeOfParam, localePaths } from '../../../i18n/routes.ts';

/** One image per language: /og/site.png, /es/og/site.png (src/i18n/routes.ts). */
export const getStaticPaths = localePaths;

/** The link-preview image for every page that is not an article, in a language's words. */
export const GET: APIRoute = async ({ params }) => {
  const t = ui(localeOfParam(params.lang));
  const png = await renderOgImage({ title: t.pages.ogTitle, siteName: t.layout.siteName, footer: t.layout.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
