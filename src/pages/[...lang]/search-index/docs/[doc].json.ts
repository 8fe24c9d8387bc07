import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';
import { pathsInEveryLocale } from '../../../../i18n/routes.ts';

/** What results show for one article: its title and each section's heading, id and text. Named docs/<n>.<index hash>.json. In every language (src/i18n/routes.ts). */
export const getStaticPaths = (() =>
  pathsInEveryLocale(async (locale) => {
    const { meta, docs } = await getSearchIndex(locale);
    return docs.map((doc, n) => ({ params: { doc: `${n}.${meta.hash}` }, props: { doc } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.doc);
