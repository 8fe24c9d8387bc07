import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { qrCodePath } from '../../src/domain/url.ts';
import { qrCodeSvg } from '../../src/build/qr/qrCode.ts';

describe('the QR code on a printed page', () => {
  test('articles and tools, in either language, print one; other pages do not', () => {
    expect(qrCodePath('/articles/ice-or-heat/')).toBe('/qr/articles-ice-or-heat.svg');
    expect(qrCodePath('/es/tools/ice-heat-timer/')).toBe('/qr/es-tools-ice-heat-timer.svg');
    expect(qrCodePath('/tools/')).toBeUndefined();
    expect(qrCodePath('/about/')).toBeUndefined();
    expect(qrCodePath('/topics/first-days/')).toBeUndefined();
  });

  test('the SVG reads back as the address it was made from', async () => {
    const address = 'https://backspasm.example.org/es/articles/when-to-get-help/';
    const { data, info } = await sharp(Buffer.from(qrCodeSvg(address)), { density: 300 })
      .flatten({ background: '#fff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(address);
  });
});
