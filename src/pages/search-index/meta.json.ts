import type { APIRoute } from 'astro';
import { getSearchIndex, json } from '../../data/search.ts';

/** What the search fetches first: counts, shard starts, synonyms and emergency keywords. */
export const GET: APIRoute = async () => json((await getSearchIndex()).meta);
