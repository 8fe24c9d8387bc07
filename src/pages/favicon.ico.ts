import type { APIRoute } from 'astro';
import { renderFavicon } from '../build/icons.ts';

/** /favicon.ico, drawn at build time from public/favicon.svg like the other icons (see src/build/icons.ts). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderFavicon()), { headers: { 'Content-Type': 'image/x-icon' } });
