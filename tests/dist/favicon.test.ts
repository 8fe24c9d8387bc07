import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { FAVICON_SIZES } from '../../src/build/icons.ts';
import { pngSize, readIco } from '../../src/build/ico.ts';
import { DIST, assertBuilt } from '../helpers/dist.ts';

beforeAll(assertBuilt);

// Browsers ask for /favicon.ico by name where a page links no icon (the
// redirect pages); it is drawn from the same picture as the other icons.
test('/favicon.ico holds the site icon at 16, 32 and 48 pixels, drawn like /icons/icon-32.png', () => {
  const images = readIco(readFileSync(join(DIST, 'favicon.ico')));
  expect(images.map((i) => i.width)).toEqual([...FAVICON_SIZES]);
  for (const image of images) expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
  const at32 = images.find((i) => i.width === 32)!;
  expect(Buffer.from(at32.png).equals(readFileSync(join(DIST, 'icons/icon-32.png'))), 'the same drawing').toBe(true);
});
