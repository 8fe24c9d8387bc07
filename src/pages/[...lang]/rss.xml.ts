import type { APIRoute } from 'astro';
import { feedResponse } from '../../build/feed/feed.ts';
import { localeOfParam, localePaths } from '../../i18n/routes.ts';

/** One feed per language: /rss.xml, /es/rss.xml (src/i18n/routes.ts). */
export const getStaticPaths = localePaths;

/** A language's articles, new and updated, newest first, each with its change notes. */
export const GET: APIRoute = ({ site, params }) => feedResponse(localeOfParam(params.lang), site);
