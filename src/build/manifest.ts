import { withBase } from '../domain/url.ts';

export interface ManifestSite {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  themeColour: string;
  backgroundColour: string;
}

/** The web app manifest: name, colours and icons (the files made by src/build/icons.ts). */
export function webManifest(
  site: ManifestSite,
  icons: readonly { name: string; size: number; fullBleed: boolean }[],
  base: string,
) {
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: site.lang,
    start_url: withBase('/', base),
    scope: withBase('/', base),
    display: 'standalone',
    theme_color: site.themeColour,
    background_color: site.backgroundColour,
    icons: icons
      .filter((icon) => icon.size >= 192)
      .map((icon) => ({
        src: withBase(`/icons/${icon.name}.png`, base),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.fullBleed ? 'maskable' : 'any',
      })),
  };
}
