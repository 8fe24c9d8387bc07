import type { APIRoute } from 'astro';
import { renderFavicon } from '../lib/icons.ts';

/** /favicon.ico, drawn at build time from public/favicon.svg like the other icons (see src/lib/icons.ts). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderFavicon()), { headers: { 'Content-Type': 'image/x-icon' } });
