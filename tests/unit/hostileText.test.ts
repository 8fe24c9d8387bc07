import { describe, expect, test } from 'vitest';
import { judgeExpression } from '../../src/pipeline/checks/jsExpression.ts';
import { findHiddenCharacters, hiddenCharacterName } from '../../src/pipeline/checks/findHiddenCharacters.ts';
import { findDeepNesting, MAX_NESTING } from '../../src/pipeline/mdx.ts';

describe('judgeExpression: what a {…} really is, by the parser', () => {
  test.each(['', '  ', '/* a note */', '// a note\n', '/* a */ /* b */', '/**/'])(
    '"%s" is only a comment',
    (source) => {
      expect(judgeExpression(source)).toEqual({ kind: 'comment' });
    },
  );

  test.each([
    ['"text"', 'text'],
    ['42', 42],
    ['-1.5', -1.5],
    ['true', true],
    ['null', null],
    ['`plain`', 'plain'],
    ['["a", "b",]', ['a', 'b']],
    ['{ "a": 1, b: [2] }', { a: 1, b: [2] }],
    ['/* note */ "text"', 'text'],
  ])('%s is the literal %j', (source, value) => {
    expect(judgeExpression(source)).toEqual({ kind: 'literal', value });
  });

  test.each([
    '/* a */ globalThis.process.getBuiltinModule("node:fs").readFileSync("/etc/hostname","utf8") /* b */',
    '/**/x/**/',
    '// a\nprocess.exit(1)',
    '\\u0070rocess',
    '"a" + "b"',
    '`${x}`',
    '[...x]',
    '{ get a() { return 1 } }',
    '{ a() {} }',
    '{ [k]: 1 }',
    '{ a }',
    '{ __proto__: {} }',
    '/re/',
    '1n',
    '"x"), alert(1), ("y"',
    '*/ x /*',
    '<!-- x -->',
    'import("node:fs")',
  ])('%s is code', (source) => {
    expect(judgeExpression(source).kind).toBe('code');
  });
});

describe('findHiddenCharacters', () => {
  test('plain text in any language, tabs and line ends are fine', () => {
    expect(findHiddenCharacters('a.md', 'Dolor de espalda: ¿hielo o calor?\r\n\tÑandú — “quotes”')).toEqual([]);
  });

  test('each hidden character is named with its line and column', () => {
    const problems = findHiddenCharacters('a.md', 'one\ntwo che\u200bst\n\u202eevil', 10);
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [11, 'has a hidden character, U+200B ZERO WIDTH SPACE, at column 8'],
      [12, 'has a hidden character, U+202E RIGHT-TO-LEFT OVERRIDE, at column 1'],
    ]);
  });

  test('characters outside the Basic Multilingual Plane keep their column', () => {
    const [problem] = findHiddenCharacters('a.md', '😀\u{e0041}');
    expect(problem?.message).toContain('U+E0041 TAG CHARACTER, at column 2');
  });

  test('at most 10 a file', () => {
    expect(findHiddenCharacters('a.md', '\u200b'.repeat(50))).toHaveLength(10);
  });

  test.each([
    [0x00ad, 'SOFT HYPHEN'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
    [0x0000, 'CONTROL CHARACTER'],
    [0x0085, 'CONTROL CHARACTER'],
    [0xfe0f, 'VARIATION SELECTOR-16'],
    [0x41, undefined],
    [0x09, undefined],
    [0xe9, undefined],
  ])('U+%s is %s', (code, name) => {
    expect(hiddenCharacterName(code)).toBe(name);
  });
});

describe('findDeepNesting: too deep to parse safely, found before the parser', () => {
  test('an ordinary article is fine', () => {
    expect(
      findDeepNesting('> A quote\n\n- a list\n  - nested\n\n<Callout title="x">Some <abbr>NHS</abbr></Callout>'),
    ).toBe(undefined);
  });

  test.each([
    ['quote markers', `${'> '.repeat(MAX_NESTING + 1)}x`, /quotes or lists are nested 17 deep/],
    ['list markers', `${'- '.repeat(MAX_NESTING + 1)}x`, /nested 17 deep/],
    ['numbered list markers', `${'1. '.repeat(MAX_NESTING + 1)}x`, /nested 17 deep/],
    ['open tags', `${'<em>'.repeat(MAX_NESTING + 1)}x`, /tags are nested over 16 deep/],
  ])('%s', (_name, body, message) => {
    expect(findDeepNesting(`Intro.\n\n${body}`)).toEqual({ line: 3, message: expect.stringMatching(message) });
  });

  test('closed and self-closing tags do not add up', () => {
    const body = Array.from({ length: 100 }, () => '<em>x</em> <br> <CareCard level="emergency" />').join('\n');
    expect(findDeepNesting(body)).toBe(undefined);
  });
});
