import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSiteFromDisk, readSiteFiles } from '../../src/pipeline/readContent.ts';
import { formatProblem } from '../../src/schemas/problems.ts';

const LINK = 'is a symbolic link: content and public files must be real files in the repository';

// A symbolic link could bring a file from outside the repository into the
// site: readSiteFiles never follows one, and reports each.
describe('readSiteFiles and symbolic links', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A project folder with a secret outside it, and the given links to it. */
  function project(): { root: string; secret: string } {
    root = mkdtempSync(join(tmpdir(), 'read-content-'));
    mkdirSync(join(root, 'project/content/articles'), { recursive: true });
    mkdirSync(join(root, 'project/public'), { recursive: true });
    writeFileSync(join(root, 'secret.txt'), 'outside the repository');
    writeFileSync(join(root, 'project/public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    return { root: join(root, 'project'), secret: join(root, 'secret.txt') };
  }

  test('a linked article and a linked public file are problems, and are not read', () => {
    const { root: dir, secret } = project();
    symlinkSync(secret, join(dir, 'content/articles/x.mdx'));
    symlinkSync(secret, join(dir, 'public/y.svg'));
    symlinkSync(join(dir, '..'), join(dir, 'public/up'));
    const { files, problems } = readSiteFiles(dir);
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        `content/articles/x.mdx: file: ${LINK}`,
        `public/y.svg: file: ${LINK}`,
        `public/up: file: ${LINK}`,
      ]),
    );
    expect(Object.keys(files).sort()).toEqual(['public/favicon.svg']);
    // The pipeline the build and content:check run reports them too.
    expect(loadSiteFromDisk(dir).problems.map(formatProblem)).toEqual(
      expect.arrayContaining([`content/articles/x.mdx: file: ${LINK}`, `public/y.svg: file: ${LINK}`]),
    );
  });

  test('a linked public/ folder is a problem, and nothing in it is read', () => {
    const { root: dir } = project();
    rmSync(join(dir, 'public'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere/x.svg'), '<svg/>');
    symlinkSync(join(root, 'elsewhere'), join(dir, 'public'));
    const { files, problems } = readSiteFiles(dir);
    expect(problems.map(formatProblem)).toEqual([`public: folder: ${LINK}`]);
    expect(Object.keys(files)).toEqual([]);
  });

  test('real files are read as bytes', () => {
    const { root: dir } = project();
    const { files, problems } = readSiteFiles(dir);
    expect(problems).toEqual([]);
    expect(files['public/favicon.svg']).toBeInstanceOf(Uint8Array);
  });
});
