/**
 * Checks public/ the way content/ is checked: Astro copies every file in it
 * into the site as it is, over whatever the build wrote. So public/ may hold
 * only images, fonts and icons, each small, each SVG without code or outside
 * links, and none where the build writes a page or file of its own.
 */
import type { Problem } from '../../schemas/problems.ts';
import { findSvgProblems } from './findSvgProblems.ts';
import { generatedBy } from './generatedFiles.ts';

export const PUBLIC_DIR = 'public';

/** The kinds of file public/ may hold, by extension, and the first bytes each must start with (undefined: SVG, checked as text). */
const PUBLIC_KINDS: Record<string, ((bytes: Uint8Array) => boolean) | undefined> = {
  svg: undefined,
  png: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => starts(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => starts(b, [0xff, 0xd8, 0xff]),
  gif: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]),
  webp: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  avif: (b) => starts(b.subarray(4), [0x66, 0x74, 0x79, 0x70]),
  ico: (b) => starts(b, [0, 0, 1, 0]),
  woff: (b) => starts(b, [0x77, 0x4f, 0x46, 0x46]),
  woff2: (b) => starts(b, [0x77, 0x4f, 0x46, 0x32]),
};

/** Files a browser runs or a host reads as settings: refused unless listed in PUBLIC_CODE_ALLOWED. */
const CODE_EXTENSIONS = new Set([
  'html',
  'htm',
  'xhtml',
  'js',
  'mjs',
  'cjs',
  'css',
  'xml',
  'json',
  'webmanifest',
  'txt',
  'map',
  'wasm',
]);

/**
 * The one place to allow a file of code or settings in public/ (such as a
 * host's verification page), by its path: public/google1234.html. Each one
 * is published exactly as it is, with no check: keep this list empty unless a
 * host cannot work without the file, and say why next to it.
 */
export const PUBLIC_CODE_ALLOWED: readonly string[] = [];

/** The largest file public/ may hold: the site must stay light on a phone. */
export const MAX_PUBLIC_BYTES = 1024 * 1024;

const THIS_FILE = 'src/pipeline/checks/findPublicProblems.ts';

function starts(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** A size in words: 60 MB, 1.2 MB, 900 KB. */
function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The problems of one file of public/ (path project-relative: public/favicon.svg). */
function fileProblems(
  file: string,
  bytes: Uint8Array,
  pages: readonly string[],
  redirects: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const path = file.slice(PUBLIC_DIR.length + 1);
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const kinds = Object.keys(PUBLIC_KINDS).map((kind) => `.${kind}`);

  // The file, or a folder it is in, where the build writes one of its own.
  const segments = path.split('/');
  for (let i = 1; i <= segments.length; i += 1) {
    const where = segments.slice(0, i).join('/');
    const by = generatedBy(where, pages, redirects);
    if (by) {
      problems.push({
        file,
        field: 'file name',
        message: `would replace ${where}, which the build writes (${by}): remove it, or give it another name`,
      });
      break;
    }
  }

  const listed = PUBLIC_CODE_ALLOWED.includes(file);
  if (!listed && CODE_EXTENSIONS.has(extension)) {
    problems.push({
      file,
      field: 'file name',
      message: `is a .${extension} file, which the build would publish unchecked (a page, script or settings for the host): make it a page in src/pages, or, if a host cannot work without this exact file, list it in PUBLIC_CODE_ALLOWED (${THIS_FILE})`,
    });
  } else if (!listed && !(extension in PUBLIC_KINDS)) {
    problems.push({
      file,
      field: 'file name',
      message: `public/ may hold images, fonts and icons only (${kinds.join(' ')}): remove ${extension ? `this .${extension} file` : 'this file without an extension'}, or move it out of public/`,
    });
  }

  if (bytes.length > MAX_PUBLIC_BYTES) {
    problems.push({
      file,
      field: 'file',
      message: `is ${sizeInWords(bytes.length)}; a file in public/ is at most ${sizeInWords(MAX_PUBLIC_BYTES)}: make it smaller (compress the image, or a smaller size), or leave it out`,
    });
    return problems;
  }

  const signature = PUBLIC_KINDS[extension];
  if (signature && !signature(bytes)) {
    problems.push({
      file,
      field: 'file',
      message: `is not a .${extension} file (its first bytes are not a ${extension.toUpperCase()} signature): save it in the format its name says`,
    });
  }
  if (extension === 'svg') {
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push({ file, field: 'SVG', message: 'is not valid UTF-8 text: save it with UTF-8 encoding' });
    }
    for (const problem of text === undefined ? [] : findSvgProblems(text)) {
      problems.push({ file, line: problem.line, field: 'SVG', message: problem.message });
    }
  }
  return problems;
}

/**
 * Every problem of the files in public/. `files` maps project-relative paths
 * (public/favicon.svg) to bytes or text; `pages` lists src/pages by path and
 * `redirects` the addresses of content/redirects.yaml, which tell what the build writes.
 */
export function findPublicProblems(
  files: Readonly<Record<string, Uint8Array | string>>,
  pages: readonly string[],
  redirects: readonly string[],
): Problem[] {
  return Object.keys(files)
    .filter((file) => file.startsWith(`${PUBLIC_DIR}/`))
    .sort()
    .flatMap((file) => {
      const bytes = files[file]!;
      return fileProblems(file, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, pages, redirects);
    });
}
