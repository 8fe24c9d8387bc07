import type { GetStaticPaths } from 'astro';
import { articlePreviews } from '../../../og/articles/[slug].png.ts';
import { spanishArticleExists } from '../../../../pipeline/twins.ts';

/** /es/og/articles/<slug>.png: one Spanish preview image for each Spanish article. */
export const getStaticPaths: GetStaticPaths = () => articlePreviews('es', (slug) => spanishArticleExists(slug));

export { GET } from '../../../og/articles/[slug].png.ts';
