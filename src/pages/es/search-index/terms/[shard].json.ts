import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';

/** One shard of the term index: the postings of a run of terms. Named terms/<n>.<index hash>.json. Spanish index. */
export const getStaticPaths = (async () => {
  const { meta, shards } = await getSearchIndex('es');
  return shards.map((shard, n) => ({ params: { shard: `${n}.${meta.hash}` }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.shard);
