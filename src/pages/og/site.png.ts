import type { APIRoute } from 'astro';
import { renderOgImage } from '../../lib/ogImage.ts';
import { SITE } from '../../site.ts';

/** The link-preview image for every page that is not an article. */
export const GET: APIRoute = async () => {
  const png = await renderOgImage({ title: 'Back spasm: what to do now', siteName: SITE.name, footer: SITE.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
