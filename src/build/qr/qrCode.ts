import { renderSVG } from 'uqr';

/**
 * A QR code of `address` as a small SVG file, black on white, with the quiet
 * zone of four modules round it that scanners expect. Error correction M
 * (15%) survives a crease or a smudge on a printout.
 */
export function qrCodeSvg(address: string): string {
  return renderSVG(address, { ecc: 'M', border: 4, pixelSize: 1 });
}
