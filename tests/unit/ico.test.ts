import { describe, expect, test } from 'vitest';
import { icoFromPngs, pngSize, readIco } from '../../src/build/ico.ts';

/** The first bytes of a PNG: its signature and IHDR chunk, enough for the .ico header. */
function fakePng(width: number, height: number, extra = 10): Uint8Array {
  const png = new Uint8Array(33 + extra);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(png.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  png.fill(7, 33);
  return png;
}

describe('favicon.ico', () => {
  test('holds each PNG whole, with its size in the directory', () => {
    const pngs = [fakePng(16, 16), fakePng(32, 32, 20), fakePng(256, 256)];
    const ico = icoFromPngs(pngs);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
    const images = readIco(ico);
    expect(images.map((i) => [i.width, i.height])).toEqual([
      [16, 16],
      [32, 32],
      [256, 256],
    ]);
    images.forEach((image, i) => expect([...image.png]).toEqual([...pngs[i]!]));
    expect(ico.length).toBe(6 + 16 * 3 + pngs.reduce((n, p) => n + p.length, 0));
  });

  test('refuses what it cannot hold, with a clear message', () => {
    expect(() => icoFromPngs([])).toThrow('favicon.ico: no images');
    expect(() => icoFromPngs([fakePng(512, 512)])).toThrow('at most 256 pixels, got 512x512');
    expect(() => icoFromPngs([new Uint8Array(40)])).toThrow('not a PNG file');
    expect(() => readIco(new Uint8Array([1, 2, 3, 4, 5, 6]))).toThrow('not an .ico file');
    expect(pngSize(fakePng(48, 48))).toEqual({ width: 48, height: 48 });
  });
});
