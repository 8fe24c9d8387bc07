import type { APIRoute } from 'astro';
import { feedResponse } from '../build/feed/feed.ts';

/** /rss.xml: new and updated articles, newest first, each with its change notes. */
export const GET: APIRoute = ({ site }) => feedResponse('en', site);
