import type { APIRoute } from 'astro';
import { getSearchIndex, json } from '../../../data/search.ts';
import { localeOfParam, localePaths } from '../../../i18n/routes.ts';

/** One index per language: /search-index/, /es/search-index/ (src/i18n/routes.ts). */
export const getStaticPaths = localePaths;

/** What the search fetches first: counts, shard starts, synonyms and emergency keywords. */
export const GET: APIRoute = async ({ params }) => json((await getSearchIndex(localeOfParam(params.lang))).meta);
