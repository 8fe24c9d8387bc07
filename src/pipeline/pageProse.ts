/**
 * The body of a prose page (content/pages/), from its one parse into the
 * blocks pages render (src/schemas/page.ts): headings with their ids,
 * paragraphs and lists of text, bold and italic text and links, and the
 * page components (<Heading>, <Feedback>, <FeedbackLink>, ...). Anything
 * else is a problem at its line: prose pages are plain words, so what a
 * reader sees is exactly what was checked. Pure.
 */
import { isJsx, lineOf, parseMdx, type MdxNode } from './mdx.ts';
import type { Problem } from '../schemas/problems.ts';
import type { BlockCase, Inline, PageBlock, PageValue } from '../schemas/page.ts';

const CASES: Record<string, BlockCase> = { Feedback: 'feedback', NoFeedback: 'no-feedback' };
/** The components that stand for a value, by name. */
export const VALUES: Record<string, PageValue> = {
  ReviewYears: 'reviewYears',
  LastReviewed: 'lastReviewed',
  HeatAtNight: 'heatAtNight',
};

/** What a prose page may hold, for messages. */
const ALLOWED =
  'paragraphs, lists, **bold**, *italic*, [links](/path/), <Heading id="...">, <Feedback>, <NoFeedback>, <FeedbackLink>, <ReviewYears />, <LastReviewed />, <HeatAtNight />';

/** The value of a JSX element's literal attribute, such as <Heading id="who-we-are">. */
function attribute(node: MdxNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * The blocks of a prose page's body, and a problem for everything a prose
 * page may not hold (at the body's own line: the caller moves it into the
 * file). Unsafe MDX (code, raw HTML, unknown components) is findUnsafeMdx's
 * to report; here it is only left out.
 */
export function pageBlocks(file: string, body: string): { blocks: PageBlock[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { tree } = parseMdx(body);
  if (!tree) return { blocks: [], problems }; // reported by findUnsafeMdx, with its line
  const refuse = (node: MdxNode, what: string) =>
    problems.push({
      file,
      line: lineOf(node),
      field: 'body',
      message: `${what} is not allowed in a page's prose: use ${ALLOWED}`,
    });

  const inline = (nodes: readonly MdxNode[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return [{ text: node.value ?? '' }];
        case 'strong':
          return [{ strong: inline(node.children ?? []) }];
        case 'emphasis':
          return [{ em: inline(node.children ?? []) }];
        case 'link':
          return [{ href: node.url ?? '', children: inline(node.children ?? []) }];
        case 'mdxTextExpression':
          return []; // a comment (code is reported by findUnsafeMdx)
        case 'mdxJsxTextElement': {
          const name = node.name ?? '';
          if (name === 'FeedbackLink') return [{ feedbackLink: inline(node.children ?? []) }];
          if (VALUES[name]) return [{ value: VALUES[name] }];
          if (/^[A-Z]/.test(name)) refuse(node, `<${name}> inside a sentence`);
          return [];
        }
        default:
          refuse(node, node.type === 'inlineCode' ? '`code`' : `a ${node.type}`);
          return [];
      }
    });

  const listItems = (list: MdxNode): Inline[][] =>
    (list.children ?? []).map((item) => {
      const [first, ...rest] = item.children ?? [];
      if (rest.length > 0 || (first && first.type !== 'paragraph'))
        refuse(item, 'a list item of more than one paragraph');
      return first?.type === 'paragraph' ? inline(first.children ?? []) : [];
    });

  const blocks: PageBlock[] = [];
  const flow = (nodes: readonly MdxNode[], when?: BlockCase) => {
    for (const node of nodes) {
      const cased = when ? { when } : {};
      if (node.type === 'paragraph') blocks.push({ p: inline(node.children ?? []), ...cased });
      else if (node.type === 'list')
        blocks.push(node.ordered ? { ol: listItems(node), ...cased } : { ul: listItems(node), ...cased });
      else if (node.type === 'mdxFlowExpression')
        continue; // a comment (code is reported by findUnsafeMdx)
      else if (isJsx(node) && node.name === 'Heading') {
        const id = attribute(node, 'id');
        if (when) refuse(node, `a <Heading> inside <${when === 'feedback' ? 'Feedback' : 'NoFeedback'}>`);
        if (id === undefined) {
          problems.push({
            file,
            line: lineOf(node),
            field: '<Heading> id',
            message:
              'a heading needs its id, the same in every language: <Heading id="who-we-are">Who we are</Heading>',
          });
        } else blocks.push({ h2: inline(node.children ?? []), id });
      } else if (isJsx(node) && node.name && CASES[node.name]) {
        if (when) refuse(node, `<${node.name}> inside another`);
        else flow(node.children ?? [], CASES[node.name]);
      } else if (node.type === 'heading') {
        refuse(node, 'a Markdown heading (#)');
      } else if (!isJsx(node) || /^[A-Z]/.test(node.name ?? '')) {
        refuse(node, isJsx(node) ? `<${node.name}>` : `a ${node.type}`);
      }
    }
  };
  flow(tree.children ?? []);
  return { blocks, problems };
}
