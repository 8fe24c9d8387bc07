import { articleComponents } from '../../schemas/components.ts';
import { elementsOf, parseMdx, type MdxElement } from '../mdx.ts';
import { formatPath, type Problem } from '../../schemas/problems.ts';

/** At most this many "Important" callouts on one page (NHS content rule). */
export const MAX_CALLOUTS = 2;
/** The timer keeps its state per page, so a page has at most one. */
export const MAX_TIMERS = 1;

/**
 * Checks the components an article body uses, from its one parse: props
 * against the components' own schemas, red-flag ids and levels (CareCard,
 * GetHelp), the callout
 * and timer limits, and no loose text between two care cards. Unknown
 * components and non-literal props are findUnsafeMdx's. Lines are the body's own.
 */
export function findComponentProblems(
  file: string,
  body: string,
  redFlags: readonly { id: string; level: string }[],
): Problem[] {
  const { tree } = parseMdx(body);
  if (!tree) return []; // findUnsafeMdx reports the syntax error
  const problems: Problem[] = [];
  const elements = elementsOf(tree).filter((e) => articleComponents[e.name]);
  for (const element of elements) {
    const { name, line, props } = element;
    const tag = `<${name}>`;
    const result = articleComponents[name]!.safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          line,
          field: `${tag} ${issue.path.length ? formatPath(issue.path) : 'props'}`,
          message: issue.message,
        });
      }
      continue;
    }
    if (name === 'GetHelp' && typeof props['sign'] === 'string' && !redFlags.some((f) => f.id === props['sign'])) {
      problems.push({
        file,
        line,
        field: `${tag} sign`,
        message: `unknown red flag "${props['sign']}" (not in content/red-flags.yaml)`,
      });
    }
    if (name === 'CareCard' && Array.isArray(props['ids'])) {
      for (const id of props['ids'] as string[]) {
        const flag = redFlags.find((f) => f.id === id);
        if (!flag) {
          problems.push({
            file,
            line,
            field: `${tag} ids`,
            message: `unknown red flag "${id}" (not in content/red-flags.yaml)`,
          });
        } else if (flag.level !== props['level']) {
          problems.push({
            file,
            line,
            field: `${tag} ids`,
            message: `red flag "${id}" is "${flag.level}", not "${String(props['level'])}"`,
          });
        }
      }
    }
  }

  const limit = (name: string, max: number, what: string) => {
    const found = elements.filter((e) => e.name === name);
    if (found.length > max) {
      problems.push({
        file,
        line: found[max]!.line,
        field: `<${name}>`,
        message: `${found.length} ${what}; a page has at most ${max}: remove this one`,
      });
    }
  };
  limit('Callout', MAX_CALLOUTS, 'callouts');
  limit('IceHeatTimer', MAX_TIMERS, 'timers');

  // Two care cards in a row: anything between them must start with a heading.
  const cards = elements.filter((e) => e.name === 'CareCard');
  cards.slice(1).forEach((card, index) => {
    const previous: MdxElement = cards[index]!;
    const siblings = card.parent?.children ?? [];
    const from = siblings.indexOf(previous.node);
    const to = siblings.indexOf(card.node);
    if (from < 0 || to < 0) return;
    const between = siblings.slice(from + 1, to);
    if (between.length > 0 && between[0]!.type !== 'heading') {
      problems.push({
        file,
        line: card.line,
        field: '<CareCard>',
        message: 'text sits between two care cards; readers miss it. Move it, or give the second card its own heading',
      });
    }
  });
  return problems;
}
