import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex, json } from '../../../data/search.ts';

/** What results show for one article: its title and each section's heading, id and text. */
export const getStaticPaths = (async () => {
  const { docs } = await getSearchIndex();
  return docs.map((doc, n) => ({ params: { doc: String(n) }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json(props.doc);
