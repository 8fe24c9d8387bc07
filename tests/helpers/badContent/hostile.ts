import type { BadContentCase } from './case.ts';
import {
  ARTICLE,
  ARTICLE_TEXT,
  BODY_END,
  ES_ARTICLE,
  ES_BODY_END,
  spanishSiteFiles,
  withBody,
  withSpanishBody,
} from '../siteFiles.ts';

type Expected = Omit<BadContentCase['expected'], 'file'>;

/** Text added at the end of the English article's body, and the problem it must cause there. */
const body = (name: string, extra: string, expected: Expected): BadContentCase => ({
  name,
  change: (files) => {
    files[ARTICLE] = withBody(extra);
  },
  expected: { file: ARTICLE, line: BODY_END, ...expected },
});

/** Text added at the end of the Spanish article's body (on the Spanish fixture), and its problem. */
const spanishBody = (name: string, extra: string, expected: Expected): BadContentCase => ({
  name,
  change: (files) => {
    Object.assign(files, spanishSiteFiles());
    files[ES_ARTICLE] = withSpanishBody(extra);
  },
  expected: { file: ES_ARTICLE, line: ES_BODY_END, ...expected },
});

/** A whole file replaced or changed, and the problem it must cause in it. */
const file = (name: string, path: string, text: (old: string) => string, expected: Expected): BadContentCase => ({
  name,
  change: (files) => {
    files[path] = text(String(files[path] ?? ''));
  },
  expected: { file: path, ...expected },
});

const CODE = { field: '{…}', message: /articles cannot run code/ };
const HIDDEN = (name: string) => ({ field: 'text', message: new RegExp(`has a hidden character, ${name}`) });

/**
 * The second round of hostile content (issue 21): what a careless or hostile
 * contributor tried in a pull request that edits an article, a translation or
 * a data file, and what it now gets. Then vectors of our own in the same spirit.
 */
export const HOSTILE_CASES: BadContentCase[] = [
  // Code at build time, dressed as a comment.
  body(
    'an expression wrapped in comments reads a file at build time',
    'Host: {/* a */ globalThis.process.getBuiltinModule("node:fs").readFileSync("/etc/hostname","utf8") /* b */}',
    CODE,
  ),
  spanishBody(
    'a Spanish article runs a command, wrapped in comments',
    'Usuario: {/* a */ process.getBuiltinModule("node:child_process").execSync("id").toString() /* b */}',
    CODE,
  ),
  body('code between two comments with no space', '{/**/globalThis.x/**/}', CODE),
  body('code after a line comment', '{// a note\nprocess.exit(1)}', CODE),
  body('an identifier written with a Unicode escape', '{\\u0070rocess.exit(1)}', CODE),
  body('a comment closed early, then code', '{/* a */ process.env.HOME /* b */ /* c */}', CODE),

  // Props and attributes judged by the same parser.
  body('a prop that is code between comments', '<Callout title={/* a */ process.env.HOME /* b */}>x</Callout>', {
    field: '<Callout> title',
    message: /literal value/,
  }),
  body('a template literal prop with a ${} inside', '<Callout title={`${process.env.HOME}`}>x</Callout>', {
    field: '<Callout> title',
    message: /literal value/,
  }),
  body('an object prop with a getter', '<DoDont do={{ get x() { return process.env.HOME } }} />', {
    field: '<DoDont> do',
    message: /literal value/,
  }),
  body('a list prop with a spread', '<DoDont do={[...process.argv]} />', {
    field: '<DoDont> do',
    message: /literal value/,
  }),
  body('a prop that closes its own brackets: "1), alert(1), (2"', '<Callout title={"x"), alert(1), ("y"}>x</Callout>', {
    field: '<Callout> title',
    message: /literal value/,
  }),

  // Code fences are text; their language name reaches an attribute.
  body('a code fence whose language name carries an attribute', '```foo"onmouseover=alert(1)\n<b>x</b>\n```', {
    field: 'code fence',
    message: /may only use letters, digits, - and \+/,
  }),
  body('a code fence with words after its language name', '```html onmouseover=alert(1)\n<b>x</b>\n```', {
    field: 'code fence',
    message: /may only use letters, digits/,
  }),

  // A call under the words "call 999" can only come from a care card.
  body('a tel: link in prose', '[call 999](tel:+19005550199)', { field: 'link', message: /tel: links are never/ }),
  body('an sms: link in prose', '[text us](sms:+19005550199)', { field: 'link', message: /sms: links are never/ }),
  {
    ...body('a tel: reference definition', '[call 999][t]\n\n[t]: TEL:+19005550199', {
      field: 'definition',
      message: /tel: links are never/,
    }),
    expected: { file: ARTICLE, line: BODY_END + 2, field: 'definition', message: /tel: links are never/ },
  },
  body('a tel: link written with a character reference', '[call 999](&#116;el:+19005550199)', {
    field: 'link',
    message: /tel: links are never/,
  }),

  // Characters a reader cannot see.
  body(
    'a zero-width space inside "chest pain"',
    'If you have che\u200bst pain, call.',
    HIDDEN('U\\+200B ZERO WIDTH SPACE'),
  ),
  body('a soft hyphen inside a word', 'If you have chest pa\u00adin, call.', HIDDEN('U\\+00AD SOFT HYPHEN')),
  body('a control character (escape)', 'Rest \u001b[31m a little.', HIDDEN('U\\+001B CONTROL CHARACTER')),
  file(
    'a right-to-left override in a title',
    ARTICLE,
    () => ARTICLE_TEXT.replace('title: Ice or heat', 'title: \u202eIce or heat'),
    { line: 2, ...HIDDEN('U\\+202E RIGHT-TO-LEFT OVERRIDE') },
  ),
  file(
    'a zero-width joiner in a warning sign keyword',
    'content/red-flags.yaml',
    (old) => old.replace(/text: /, 'text: che\u200dst pain, '),
    HIDDEN('U\\+200D ZERO WIDTH JOINER'),
  ),
  file(
    'a bidi isolate in a Spanish sign',
    'content/es/red-flags.yaml',
    () => `${spanishSiteFiles()['content/es/red-flags.yaml']!.replace(/text: /, 'text: \u2067')}`,
    HIDDEN('U\\+2067 RIGHT-TO-LEFT ISOLATE'),
  ),
  file(
    'a line separator inside a synonym',
    'content/synonyms.yaml',
    () => '- means: back spasm\n  words: [lum\u2028bago]\n',
    { line: 2, ...HIDDEN('U\\+2028 LINE SEPARATOR') },
  ),

  // Redirects may not hide a live page in any language.
  {
    name: 'a redirect from a live Spanish article',
    change: (files) => {
      Object.assign(files, spanishSiteFiles());
      files['content/redirects.yaml'] = '- from: /es/articles/ice-or-heat/\n  to: /about/\n';
    },
    expected: { file: 'content/redirects.yaml', line: 1, field: '[0].from', message: /is a live page/ },
  },

  // Clean failures: no segmentation fault, no stack trace.
  body('10,000 nested quotes', `${'>'.repeat(10000)} deep`, {
    field: 'MDX',
    message: /quotes or lists are nested 10000 deep; at most 16: flatten it/,
  }),
  body('deeply nested lists', `${'- '.repeat(40)}deep`, { field: 'MDX', message: /nested 40 deep/ }),
  body('2,000 nested tags', `${'<em>'.repeat(2000)}deep${'</em>'.repeat(2000)}`, {
    field: 'MDX',
    message: /tags are nested over 16 deep/,
  }),
  {
    ...body('lists nested by indentation, one level a line', '', { field: 'MDX', message: /./ }),
    change: (files) => {
      files[ARTICLE] = withBody(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
    },
    // Reported where the tree gets too deep: the 25th level (list and item are two levels each).
    expected: { file: ARTICLE, line: BODY_END + 24, field: 'MDX', message: /the text is nested over 48 levels deep/ },
  },

  file(
    'a YAML alias bomb in synonyms.yaml',
    'content/synonyms.yaml',
    () =>
      [
        '- means: back spasm',
        '  words: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        '- means: back pain',
        '  words: [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      ].join('\n'),
    { line: 2, field: 'YAML', message: /uses a YAML anchor \(&name\): write each value out in full/ },
  ),
  file('a YAML merge key in a data file', 'content/topics.yaml', (old) => `${old}\n- <<: *basics\n  id: copy\n`, {
    field: 'YAML',
    message: /YAML alias|fix the YAML/,
  }),
  {
    name: 'a YAML alias in frontmatter',
    change: (files) => {
      files[ARTICLE] = ARTICLE_TEXT.replace('tags: [ice, heat]', 'tags: &t [ice, heat]\nkeywords: *t');
    },
    expected: { file: ARTICLE, line: 8, field: 'YAML', message: /uses a YAML anchor/ },
  },
];
