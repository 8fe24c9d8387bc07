import type { APIRoute } from 'astro';
import { robotsTxt } from '../build/robots.ts';
import { siteOf } from '../site.ts';
import { absoluteUrl } from '../domain/url.ts';

/** Served at the host's root only when BASE_PATH is "/"; crawlers never read a robots.txt in a sub-folder. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl('/sitemap-index.xml', siteOf(site), import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
