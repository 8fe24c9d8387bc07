import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';
import { pathsInEveryLocale } from '../../../../i18n/routes.ts';

/** One shard of the typo table (terms by their typo keys). Named typos/<n>.<index hash>.json. In every language (src/i18n/routes.ts). */
export const getStaticPaths = (() =>
  pathsInEveryLocale(async (locale) => {
    const { meta, typos } = await getSearchIndex(locale);
    return typos.map((table, n) => ({ params: { table: `${n}.${meta.hash}` }, props: { table } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.table);
