/**
 * Link-preview images (Open Graph), 1200x630 PNG, drawn at build time with
 * no network: satori lays out the text with a font file from an npm package,
 * and sharp turns the SVG into a PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { SITE } from '../site.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const BRAND = SITE.colours.brand;
const BRAND_DARK = SITE.colours.brandDark;
const WHITE = '#ffffff';

/** What a preview image shows. */
export interface OgImageText {
  /** The page title: the largest text. */
  title: string;
  /** The site name, shown with the logo at the top. */
  siteName: string;
  /** A short line at the bottom, such as the site's tagline or the topic. */
  footer: string;
}

/** A satori element: the same shape as a React element, with no React needed. */
export interface OgNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (OgNode | string)[] | OgNode | string | undefined;
    [key: string]: unknown;
  };
}

const h = (
  type: string,
  style: Record<string, string | number>,
  children?: OgNode['props']['children'],
  extra: Record<string, unknown> = {},
): OgNode => ({
  type,
  props: { style, children, ...extra },
});

/**
 * The title size: as large as fits in at most three lines, so the title
 * stays readable when a chat app shows the image at thumbnail size.
 */
export function titleSize(title: string): number {
  if (title.length <= 30) return 88;
  if (title.length <= 48) return 76;
  return 64;
}

/** The layout of a preview image: logo and site name, the title, and a footer line. */
export function ogImageTree(text: OgImageText, logo: string): OgNode {
  return h(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: BRAND,
      color: WHITE,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', padding: '56px 72px 0' }, [
        // A white frame, so the blue logo stands out from the blue background.
        h('div', { display: 'flex', padding: 6, marginRight: 24, backgroundColor: WHITE, borderRadius: 18 }, [
          h('img', { width: 72, height: 72 }, undefined, { src: logo, width: 72, height: 72 }),
        ]),
        h('div', { fontSize: 40, fontWeight: 700 }, text.siteName),
      ]),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', padding: '0 72px' }, [
        h('div', { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.15 }, text.title),
      ]),
      h('div', { display: 'flex', backgroundColor: BRAND_DARK, padding: '28px 72px', fontSize: 32 }, text.footer),
    ],
  );
}

const require = createRequire(join(process.cwd(), 'package.json'));
let assets:
  Promise<{ fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]; logo: string }> | undefined;

/** Fonts from @fontsource (read from disk, never a URL) and the favicon as the logo. */
function loadAssets() {
  assets ??= (async () => {
    const font = (weight: 400 | 700) =>
      readFile(
        require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
      );
    const [regular, bold, svg] = await Promise.all([
      font(400),
      font(700),
      readFile(join(process.cwd(), 'public/favicon.svg')),
    ]);
    return {
      fonts: [
        { name: 'Atkinson Hyperlegible', data: regular, weight: 400 as const, style: 'normal' as const },
        { name: 'Atkinson Hyperlegible', data: bold, weight: 700 as const, style: 'normal' as const },
      ],
      logo: `data:image/svg+xml;base64,${svg.toString('base64')}`,
    };
  })();
  return assets;
}

/** Draws one preview image as PNG bytes. */
export async function renderOgImage(text: OgImageText): Promise<Buffer> {
  const { fonts, logo } = await loadAssets();
  const svg = await satori(ogImageTree(text, logo) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
