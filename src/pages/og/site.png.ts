import type { APIRoute } from 'astro';
import { renderOgImage } from '../../build/ogImage.ts';
import { ui, type Locale } from '../../i18n/index.ts';

/** The link-preview image for every page that is not an article, in a language's words. */
export async function sitePreview(locale: Locale): Promise<Response> {
  const t = ui(locale);
  const png = await renderOgImage({ title: t.pages.ogTitle, siteName: t.layout.siteName, footer: t.layout.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

export const GET: APIRoute = () => sitePreview('en');
