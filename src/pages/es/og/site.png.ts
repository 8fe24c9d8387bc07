import type { APIRoute } from 'astro';
import { sitePreview } from '../../og/site.png.ts';

/** /es/og/site.png: the preview image of the Spanish pages, drawn with Spanish words. */
export const GET: APIRoute = () => sitePreview('es');
