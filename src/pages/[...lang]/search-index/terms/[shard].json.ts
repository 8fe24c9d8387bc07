import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';
import { pathsInEveryLocale } from '../../../../i18n/routes.ts';

/** One shard of the term index: the postings of a run of terms. Named terms/<n>.<index hash>.json. In every language (src/i18n/routes.ts). */
export const getStaticPaths = (() =>
  pathsInEveryLocale(async (locale) => {
    const { meta, shards } = await getSearchIndex(locale);
    return shards.map((shard, n) => ({ params: { shard: `${n}.${meta.hash}` }, props: { shard } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.shard);
