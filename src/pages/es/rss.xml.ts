import type { APIRoute } from 'astro';
import { feedResponse } from '../../build/feed/feed.ts';

/** /es/rss.xml: the Spanish articles, new and updated, newest first (its language is es). */
export const GET: APIRoute = ({ site }) => feedResponse('es', site);
