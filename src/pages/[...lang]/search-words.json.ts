import type { APIRoute } from 'astro';
import { ui } from '../../i18n/index.ts';
import { localeOfParam, localePaths } from '../../i18n/routes.ts';
import { HEADER_WORD_KEYS, wordsAttribute } from '../../search/words.ts';

/** One file per language: /search-words.json, /es/search-words.json (src/i18n/routes.ts). */
export const getStaticPaths = localePaths;

/** What the header's search box says, in the page's language: fetched on first use with the index (src/search/words.ts). */
export const GET: APIRoute = ({ params }) =>
  new Response(wordsAttribute(ui(localeOfParam(params.lang)).search.client, HEADER_WORD_KEYS), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
