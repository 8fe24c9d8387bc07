import { z } from 'zod';
import {
  calloutPropsSchema,
  careCardPropsSchema,
  doDontPropsSchema,
  stepDrawingsPropsSchema,
} from '../schemas/components.ts';
import { formatPath, type Problem } from './problems.ts';

/** At most this many "Important" callouts on one page (NHS content rule). */
export const MAX_CALLOUTS = 2;

interface Tag {
  name: string;
  attrs: string;
  line: number;
  start: number;
  end: number;
}

/** The MDX components used in a body, with their raw attributes and line numbers. */
export function findTags(body: string, names: readonly string[]): Tag[] {
  const pattern = new RegExp(
    `<(${names.join('|')})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*?)(/?)>`,
    'g',
  );
  return [...body.matchAll(pattern)].map((match) => ({
    name: match[1] ?? '',
    attrs: match[2] ?? '',
    line: body.slice(0, match.index).split('\n').length,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Reads the literal props writers use: name="text" and name={["a", "b"]} or name={2}. */
export function readProps(attrs: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const match of attrs.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|\{([\s\S]*?)\}(?=\s+\w+=|\s*$))/g)) {
    const [, name = '', double, single, expression] = match;
    if (double !== undefined || single !== undefined) props[name] = double ?? single;
    else {
      try {
        // Writers may leave a trailing comma in a list, as JavaScript allows.
        props[name] = JSON.parse((expression ?? '').replace(/,\s*([\]}])/g, '$1'));
      } catch {
        props[name] = `{${expression}}`;
      }
    }
  }
  return props;
}

/**
 * Checks the components an article body uses, as the content check runs
 * outside Astro: props against the components' own schemas, red-flag ids and
 * levels, the callout limit, and no loose text between two care cards.
 */
export function findComponentProblems(
  file: string,
  body: string,
  redFlags: readonly { id: string; level: string }[],
): Problem[] {
  const problems: Problem[] = [];
  const schemas: Record<string, z.ZodType> = {
    CareCard: careCardPropsSchema,
    DoDont: doDontPropsSchema,
    Callout: calloutPropsSchema,
    StepDrawings: stepDrawingsPropsSchema,
  };
  const tags = findTags(body, Object.keys(schemas));
  for (const tag of tags) {
    const field = `body line ${tag.line}: <${tag.name}>`;
    const props = readProps(tag.attrs);
    const result = schemas[tag.name]!.safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          field: `${field} ${issue.path.length ? formatPath(issue.path) : 'props'}`,
          message: issue.message,
        });
      }
      continue;
    }
    if (tag.name === 'CareCard' && Array.isArray(props['ids'])) {
      for (const id of props['ids'] as string[]) {
        const flag = redFlags.find((f) => f.id === id);
        if (!flag)
          problems.push({
            file,
            field: `${field} ids`,
            message: `unknown red flag "${id}" (not in content/red-flags.yaml)`,
          });
        else if (flag.level !== props['level']) {
          problems.push({
            file,
            field: `${field} ids`,
            message: `red flag "${id}" is "${flag.level}", not "${String(props['level'])}"`,
          });
        }
      }
    }
  }

  const callouts = tags.filter((t) => t.name === 'Callout');
  if (callouts.length > MAX_CALLOUTS) {
    problems.push({
      file,
      field: `body line ${callouts[MAX_CALLOUTS]!.line}: <Callout>`,
      message: `${callouts.length} callouts; a page has at most ${MAX_CALLOUTS}`,
    });
  }

  const cards = tags.filter((t) => t.name === 'CareCard');
  cards.slice(1).forEach((card, index) => {
    const between = body.slice(cards[index]!.end, card.start).trim();
    if (between && !between.startsWith('#')) {
      problems.push({
        file,
        field: `body line ${card.line}: <CareCard>`,
        message: 'text sits between two care cards; readers miss it. Move it, or give the second card its own heading',
      });
    }
  });
  return problems;
}
