import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../../data/search.ts';

/** What results show for one article: its title and each section's heading, id and text. Named docs/<n>.<index hash>.json. Spanish index. */
export const getStaticPaths = (async () => {
  const { meta, docs } = await getSearchIndex('es');
  return docs.map((doc, n) => ({ params: { doc: `${n}.${meta.hash}` }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.doc);
