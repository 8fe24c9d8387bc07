import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, renderIcon, type Icon } from '../../build/icons.ts';

/** /icons/<name>.png: favicons and app icons (see src/build/icons.ts). */
export const getStaticPaths: GetStaticPaths = () =>
  ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }));

export const GET: APIRoute = async ({ props }) => {
  const png = await renderIcon((props as { icon: Icon }).icon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
