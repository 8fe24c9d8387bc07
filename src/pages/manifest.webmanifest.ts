import type { APIRoute } from 'astro';
import { ICONS } from '../build/icons.ts';
import { SITE } from '../site.ts';
import { webManifest } from '../build/manifest.ts';

export const GET: APIRoute = () => {
  const manifest = webManifest(
    {
      name: SITE.name,
      shortName: 'Back Spasm',
      description: SITE.description,
      lang: SITE.lang,
      themeColour: SITE.colours.brand,
      backgroundColour: SITE.colours.background,
    },
    ICONS,
    import.meta.env.BASE_URL,
  );
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
