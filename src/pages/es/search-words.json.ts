import type { APIRoute } from 'astro';
import { ui } from '../../i18n/index.ts';
import { HEADER_WORD_KEYS, wordsAttribute } from '../../search/words.ts';

/** What the header's search box says, in Spanish: fetched on first use with the Spanish index (src/search/words.ts). */
export const GET: APIRoute = () =>
  new Response(wordsAttribute(ui('es').search.client, HEADER_WORD_KEYS), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
