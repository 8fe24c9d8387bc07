/**
 * A Windows icon file (favicon.ico) holding PNG images, the form every
 * browser since Internet Explorer 11 reads. Pure: the PNGs are drawn by
 * src/build/icons.ts from the same drawing as the other icons.
 */

/** The width and height of a PNG, from its header (IHDR). Throws on anything that is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG has no IHDR chunk first');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An .ico file with one entry per PNG (each at most 256 pixels square), in the order given. */
export function icoFromPngs(pngs: readonly Uint8Array[]): Uint8Array {
  if (pngs.length === 0) throw new Error('favicon.ico: no images');
  const header = 6;
  const entry = 16;
  const size = header + entry * pngs.length + pngs.reduce((sum, png) => sum + png.length, 0);
  const ico = new Uint8Array(size);
  const view = new DataView(ico.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, pngs.length, true);
  let offset = header + entry * pngs.length;
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256)
      throw new Error(`favicon.ico: images are at most 256 pixels, got ${width}x${height}`);
    const at = header + entry * i;
    view.setUint8(at, width % 256); // 0 means 256
    view.setUint8(at + 1, height % 256);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0); // reserved
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    ico.set(png, offset);
    offset += png.length;
  });
  return ico;
}

/** The images in an .ico file: each entry's stated size and its PNG bytes. Throws on a file that is not an icon. */
export function readIco(ico: Uint8Array): { width: number; height: number; png: Uint8Array }[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (ico.length < 6 || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1)
    throw new Error('not an .ico file');
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    if (offset + length > ico.length) throw new Error(`.ico entry ${i} runs past the end of the file`);
    return {
      width: view.getUint8(at) || 256,
      height: view.getUint8(at + 1) || 256,
      png: ico.subarray(offset, offset + length),
    };
  });
}
