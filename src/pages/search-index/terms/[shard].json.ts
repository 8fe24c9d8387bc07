import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../data/search.ts';

/** One shard of the term index: the postings of terms in a run of two-letter prefixes. */
export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.shard);
