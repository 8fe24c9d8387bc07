import type { APIRoute } from 'astro';
import { getSearchIndex, json } from '../../../data/search.ts';

/** What the search fetches first: counts, shard starts, synonyms and emergency keywords. Spanish index. */
export const GET: APIRoute = async () => json((await getSearchIndex('es')).meta);
