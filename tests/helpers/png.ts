/** Width and height from a PNG's header (its IHDR chunk), or an error if the bytes are not a PNG. */
export { pngSize } from '../../src/build/ico.ts';
