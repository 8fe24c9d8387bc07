import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classParents, elementDefinitions, elementProblems } from '../helpers/findElementProblems.ts';

describe('elementProblems', () => {
  const parents = new Map([
    ['BaseElement', 'HTMLElement'],
    ['CountryElement', 'BaseElement'],
    ['Route', 'CountryElement'],
    ['Plain', 'HTMLElement'],
  ]);
  const definition = (text: string) => elementDefinitions('a.ts', text)[0]!;

  it('accepts a bsg- element on BaseElement, directly or through another class', () => {
    expect(elementProblems(definition("customElements.define('bsg-route', Route);"), parents)).toEqual([]);
    expect(elementProblems(definition("customElements.define('bsg-x', BaseElement)"), parents)).toEqual([]);
  });
  it('finds a name without the prefix, with its file and line', () => {
    expect(elementProblems(definition("\n\ncustomElements.define('emergency-call', Route);"), parents)).toEqual([
      'a.ts:3: <emergency-call> needs the "bsg-" prefix, such as <bsg-emergency-call>',
    ]);
  });
  it('finds a name that is not a literal', () => {
    expect(elementProblems(definition('customElements.define(name, Route);'), parents)).toEqual([
      'a.ts:1: define the element with a literal name starting "bsg-"',
    ]);
  });
  it('finds an element on HTMLElement, or on a class it cannot find', () => {
    expect(elementProblems(definition("customElements.define('bsg-plain', Plain);"), parents)).toEqual([
      'a.ts:1: Plain extends HTMLElement is not built on BaseElement (src/browser/BaseElement.ts)',
    ]);
    expect(elementProblems(definition("customElements.define('bsg-lost', Lost);"), parents)).toEqual([
      'a.ts:1: Lost is not built on BaseElement (src/browser/BaseElement.ts)',
    ]);
  });
  it('reads classes and their parents, and every define in a file', () => {
    const text =
      'class A extends BaseElement {}\nexport abstract class B extends A {}\ncustomElements.define("bsg-a", A);';
    expect([...classParents(text)]).toEqual([
      ['A', 'BaseElement'],
      ['B', 'A'],
    ]);
    expect(elementDefinitions('f.astro', text)).toEqual([{ file: 'f.astro', line: 3, tag: 'bsg-a', className: 'A' }]);
  });
});

/** Every .ts and .astro file under src/. */
const SOURCES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => join('src', file));
const TEXTS = SOURCES.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const PARENTS = new Map(TEXTS.flatMap(({ text }) => [...classParents(text)]));
const DEFINITIONS = TEXTS.flatMap(({ file, text }) => elementDefinitions(file, text));

describe('every custom element in src/', () => {
  it('is found (the search reads the defines)', () => {
    expect(DEFINITIONS.length).toBeGreaterThanOrEqual(10);
  });
  it.each(DEFINITIONS.map((d) => [d.tag ?? d.className, d] as const))(
    '<%s> has the bsg- prefix and is built on BaseElement',
    (_name, definition) => {
      expect(elementProblems(definition, PARENTS)).toEqual([]);
    },
  );
});
