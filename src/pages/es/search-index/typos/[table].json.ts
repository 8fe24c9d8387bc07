import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';

/** One shard of the typo table (terms by their typo keys). Named typos/<n>.<index hash>.json. Spanish index. */
export const getStaticPaths = (async () => {
  const { meta, typos } = await getSearchIndex('es');
  return typos.map((table, n) => ({ params: { table: `${n}.${meta.hash}` }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.table);
