/**
 * App and browser icons, drawn at build time from public/favicon.svg with
 * sharp, so there is one source drawing and no binary files to keep in step.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { SITE } from '../site.ts';
import { icoFromPngs } from './ico.ts';

export interface Icon {
  /** The file is /icons/<name>.png. */
  name: string;
  size: number;
  /**
   * Fill the transparent corners with the brand colour: for icons the
   * system crops to its own shape (maskable, Apple touch). The drawing sits
   * inside the middle 80%, the safe zone for maskable icons.
   */
  fullBleed: boolean;
}

export const ICONS: readonly Icon[] = [
  { name: 'icon-32', size: 32, fullBleed: false },
  { name: 'icon-192', size: 192, fullBleed: false },
  { name: 'icon-512', size: 512, fullBleed: false },
  { name: 'icon-maskable-512', size: 512, fullBleed: true },
  { name: 'apple-touch-icon', size: 180, fullBleed: true },
];

/** The drawing is 64 units wide; 72 dpi draws it at 64 pixels, so scale the density to the size. */
export async function renderIcon(icon: Icon): Promise<Buffer> {
  const svg = await readFile(join(process.cwd(), 'public/favicon.svg'));
  const image = sharp(svg, { density: (72 * icon.size) / 64 }).resize(icon.size, icon.size);
  return (icon.fullBleed ? image.flatten({ background: SITE.colours.brand }) : image)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** The sizes in /favicon.ico, for browsers and tools that ask for it by name (such as on redirect pages). */
export const FAVICON_SIZES = [16, 32, 48] as const;

/** /favicon.ico: the same drawing at 16, 32 and 48 pixels, as PNGs inside an .ico file. */
export async function renderFavicon(): Promise<Uint8Array> {
  const pngs = await Promise.all(
    FAVICON_SIZES.map((size) => renderIcon({ name: `favicon-${size}`, size, fullBleed: false })),
  );
  return icoFromPngs(pngs);
}
