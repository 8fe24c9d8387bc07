/**
 * Checks an SVG from public/ before the build publishes it as it is: a
 * browser that opens an SVG runs its scripts, and GitHub Pages sends no
 * Content-Security-Policy header to stop them. No XML parser ships with the
 * site, so this reads the file with a small, strict tokenizer that fails
 * closed: only plain elements with quoted attributes, comments and an
 * <?xml?> declaration are understood, and anything else is refused. Only the
 * drawing elements of SVG_ELEMENTS are allowed, no attribute may run code
 * (on*=, javascript:), and every link must stay inside the file (#id).
 */

/** One thing wrong with an SVG, and its line (1 for the first). */
export interface SvgProblem {
  line: number;
  message: string;
}

/** The elements an SVG in public/ may use: shapes, text, gradients, patterns, masks and filters. */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'switch',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  ...[
    'Blend',
    'ColorMatrix',
    'ComponentTransfer',
    'Composite',
    'ConvolveMatrix',
    'DiffuseLighting',
    'DisplacementMap',
    'DistantLight',
    'DropShadow',
    'Flood',
    'FuncA',
    'FuncB',
    'FuncG',
    'FuncR',
    'GaussianBlur',
    'Merge',
    'MergeNode',
    'Morphology',
    'Offset',
    'PointLight',
    'SpecularLighting',
    'SpotLight',
    'Tile',
    'Turbulence',
  ].map((name) => `fe${name}`),
]);

/** Why the most dangerous elements are refused, in words a contributor understands. */
const DANGEROUS: Record<string, string> = {
  script: 'runs code',
  foreignObject: 'can hold HTML and scripts',
  iframe: 'loads another page',
  embed: 'loads another file',
  object: 'loads another file',
  a: 'is a link that can run code',
  image: 'loads another file',
  feImage: 'loads another file',
  style: 'can load files from other sites',
  set: 'can change a link into code',
  animate: 'can change a link into code',
};

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';
const START_TAG = new RegExp(`<(${NAME})`, 'y');
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_END = /\s*(\/?)>/y;
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const CLEAN = 'clean it with svgo, or draw it again without it';

/** Text with its five XML entities and character references decoded; undefined when it has any other entity. */
function decodeEntities(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (whole.endsWith(';') && code !== undefined) {
      const value = Number.parseInt(code, name.startsWith('#x') || name.startsWith('#X') ? 16 : 10);
      if (value > 0 && value <= 0x10ffff) return String.fromCodePoint(value);
    } else if (whole.endsWith(';') && NAMED_ENTITIES[name] !== undefined) return NAMED_ENTITIES[name];
    unknown = true;
    return '';
  });
  return unknown ? undefined : decoded;
}

/** "a" or "an", as said before an element's name. */
const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/** What is wrong with one attribute (its value decoded), or undefined. */
function attributeProblem(element: string, name: string, value: string): string | undefined {
  const where = `<${element} ${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}">`;
  if (/^on/i.test(name)) return `${where} is an event handler, which runs code: remove it`;
  if (/javascript:/i.test(value)) return `${where} runs code (javascript:): remove it`;
  if (name === 'xmlns') return value === SVG_NAMESPACE ? undefined : `${where} is not the SVG namespace: ${CLEAN}`;
  if (name === 'xmlns:xlink')
    return value === XLINK_NAMESPACE ? undefined : `${where} is not the XLink namespace: ${CLEAN}`;
  if (name.includes(':') && !/^xlink:[a-z]+$/.test(name) && name !== 'xml:space' && name !== 'xml:lang') {
    return `${where} is an attribute from another namespace: ${CLEAN}`;
  }
  if (/(^|:)href$/i.test(name) && !/^#[A-Za-z0-9_.:-]*$/.test(value)) {
    return `${where} points outside the file: an SVG in public/ may link only inside itself (href="#id")`;
  }
  if (/url\(\s*(?!['"]?#)/i.test(value)) {
    return `${where} points outside the file: an SVG in public/ may use only url(#id)`;
  }
  return undefined;
}

/** Every problem of an SVG file's text; an empty list when it is safe to publish as it is. */
export function findSvgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineOf = (at: number) => lineStarts.findLastIndex((start) => start <= at) + 1;
  const refuse = (at: number, message: string) => problems.push({ line: lineOf(at), message });
  /** A problem that stops the reading: what follows cannot be trusted. */
  const unreadable = (at: number, what: string) => {
    refuse(at, `cannot be read as plain SVG (${what}): ${CLEAN}`);
    return problems;
  };

  const open: { name: string; at: number }[] = [];
  let rootSeen = false;
  let at = 0;
  while (at < text.length) {
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) return unreadable(at, 'a comment that is never closed');
      at = end + 3;
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at);
      if (end < 0) return unreadable(at, 'a <? that is never closed');
      const instruction = text.slice(at, end + 2);
      if (!/^<\?xml\s/.test(instruction) || rootSeen || text.slice(0, at).trim() !== '') {
        refuse(at, `has the instruction ${instruction.slice(0, 40)}, which can load other files: ${CLEAN}`);
      } else if (/encoding\s*=\s*["'](?!utf-8["'])/i.test(instruction)) {
        refuse(
          at,
          `declares an encoding other than UTF-8: save it as UTF-8 and say encoding="UTF-8", or leave the declaration out`,
        );
      }
      at = end + 2;
    } else if (text.startsWith('<!', at)) {
      if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(at, at + 9))) {
        refuse(at, `has a ${text.slice(at, at + 9)}: entities can read other files or grow without end; ${CLEAN}`);
        return problems;
      }
      return unreadable(at, text.startsWith('<![CDATA[', at) ? 'a CDATA section' : `"${text.slice(at, at + 12)}"`);
    } else if (text.startsWith('</', at)) {
      END_TAG.lastIndex = at;
      const end = END_TAG.exec(text);
      if (!end) return unreadable(at, `"${text.slice(at, at + 12)}"`);
      const top = open.pop();
      if (top?.name !== end[1]) return unreadable(at, `</${end[1]}> does not close <${top?.name ?? 'nothing'}>`);
      at = END_TAG.lastIndex;
    } else if (text[at] === '<') {
      START_TAG.lastIndex = at;
      const start = START_TAG.exec(text);
      if (!start) return unreadable(at, `"${text.slice(at, at + 12)}"`);
      const name = start[1]!;
      if (open.length === 0 && rootSeen) return unreadable(at, `<${name}> after the closing </svg>`);
      if (!rootSeen && name !== 'svg') return unreadable(at, `it starts with <${name}>, not <svg>`);
      rootSeen = true;
      if (DANGEROUS[name]) refuse(at, `has ${article(name)} <${name}> element, which ${DANGEROUS[name]}: remove it`);
      else if (!SVG_ELEMENTS.has(name)) {
        refuse(
          at,
          `has ${article(name)} <${name}> element, which is not one of the drawing elements allowed (SVG_ELEMENTS in src/pipeline/checks/findSvgProblems.ts): ${CLEAN}`,
        );
      }
      let cursor = START_TAG.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        const attributeName = attribute[1]!;
        const value = decodeEntities(attribute[2] ?? attribute[3] ?? '');
        if (value === undefined)
          refuse(
            cursor,
            `<${name} ${attributeName}> has an entity other than &amp; &lt; &gt; &quot; &apos; or &#…;: ${CLEAN}`,
          );
        else {
          const problem = attributeProblem(name, attributeName, value);
          if (problem) refuse(cursor + attribute[0].search(/\S/), `${problem}`);
        }
        cursor = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = cursor;
      const end = TAG_END.exec(text);
      if (!end) return unreadable(cursor, `a <${name}> tag that is not name="value" pairs`);
      if (end[1] !== '/') open.push({ name, at });
      at = TAG_END.lastIndex;
    } else {
      const next = text.indexOf('<', at);
      const chunk = text.slice(at, next < 0 ? text.length : next);
      if (open.length === 0 && chunk.trim() !== '') return unreadable(at, 'text outside the <svg> element');
      if (decodeEntities(chunk) === undefined)
        refuse(at, `has an entity other than &amp; &lt; &gt; &quot; &apos; or &#…;: ${CLEAN}`);
      at += chunk.length;
    }
  }
  if (!rootSeen) return unreadable(0, 'it has no <svg> element');
  const unclosed = open.at(-1);
  if (unclosed) return unreadable(unclosed.at, `<${unclosed.name}> is never closed`);
  return problems;
}
