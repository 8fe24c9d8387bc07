import { articleComponents } from '../../schemas/components.ts';
import { DANGEROUS_SCHEMES, elementsOf, linksOf, lineOf, parseMdx, schemeOf, walk } from '../mdx.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { z } from 'zod';
import { judgeExpression } from './jsExpression.ts';

/** Raw HTML an article may use: inline text markup only. Everything else is a component or Markdown. */
export const HTML_ALLOWED = new Set(['abbr', 'br', 'em', 'strong', 'small', 'sub', 'sup', 'kbd', 'dfn', 'q', 'mark']);
/** HTML that can run code, load another page or send data: never allowed, whatever the allow-list says. */
export const HTML_NEVER = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
]);
/** A code fence's language name: it becomes part of a class attribute. */
const CODE_LANGUAGE = /^[A-Za-z0-9+-]{1,30}$/;
/**
 * Addresses that call or message a number. A call button comes only from the
 * care cards and the emergency-number table, so the words "call 999" can never
 * dial another number.
 */
export const PHONE_SCHEMES = new Set([
  'tel',
  'sms',
  'mms',
  'callto',
  'facetime',
  'facetime-audio',
  'skype',
  'wtai',
  'whatsapp',
]);
/** Attributes allowed on the allowed HTML. */
const HTML_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'id']);

/**
 * Articles are content, not code. Reports what MDX would otherwise run or
 * embed: syntax errors, import/export, {expressions} (comments aside), props
 * that are not literal values, unknown components, raw HTML outside a short
 * allow-list and event-handler attributes, javascript: and data: addresses
 * in any form, and images from other sites. Lines are the body's own.
 */
export function findUnsafeMdx(
  file: string,
  body: string,
  /** The components the text may use: an article's, or a prose page's (src/schemas/page.ts). */
  components: Readonly<Record<string, z.ZodType>> = articleComponents,
): Problem[] {
  const parsed = parseMdx(body);
  if (!parsed.tree) {
    return [
      {
        file,
        line: parsed.error.line,
        field: 'MDX',
        message: parsed.error.nesting
          ? `${parsed.error.message}: flatten it (an article needs a few levels at most)`
          : `${parsed.error.message}: fix the MDX here (close every tag; write a literal { or < as \\{ or &lt;)`,
      },
    ];
  }
  const problems: Problem[] = [];
  walk(parsed.tree, (node) => {
    const line = lineOf(node);
    if (node.type === 'mdxjsEsm') {
      problems.push({
        file,
        line,
        field: 'import/export',
        message: 'articles cannot import or export code: remove the line (components need no import; see README)',
      });
    } else if (node.type === 'code') {
      // Fences are escaped text (nothing is highlighted), but a language name
      // still reaches a class attribute: letters, digits, - and + only.
      const lang = `${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}`;
      if (lang && !CODE_LANGUAGE.test(lang)) {
        problems.push({
          file,
          line,
          field: 'code fence',
          message: `the language name "${lang.slice(0, 40)}" may only use letters, digits, - and +: write \`\`\`text`,
        });
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // Judged by a parser: only a program of nothing but comments is a comment.
      if (judgeExpression(node.value ?? '').kind === 'comment') return;
      problems.push({
        file,
        line,
        field: '{…}',
        message: `articles cannot run code: remove {${(node.value ?? '').trim().slice(0, 40)}} (write a literal { as \\{)`,
      });
    }
  });

  for (const element of elementsOf(parsed.tree)) {
    const { name, line } = element;
    const tag = `<${name || '>'}>`;
    for (const prop of element.nonLiteral) {
      problems.push({
        file,
        line,
        field: `${tag} ${prop}`,
        message: 'a prop must be a literal value (text, a number, or a ["list"]), not code',
      });
    }
    if (/^[A-Z]/.test(name)) {
      if (!components[name]) {
        problems.push({
          file,
          line,
          field: tag,
          message: `unknown component: use one of ${Object.keys(components).join(', ')}`,
        });
      }
      continue;
    }
    if (HTML_NEVER.has(name.toLowerCase())) {
      problems.push({ file, line, field: tag, message: `<${name}> is never allowed in an article: remove it` });
      continue;
    }
    if (!HTML_ALLOWED.has(name)) {
      problems.push({
        file,
        line,
        field: tag,
        message: `raw HTML <${name || ''}> is not allowed: write Markdown instead (allowed: ${[...HTML_ALLOWED].join(', ')})`,
      });
      continue;
    }
    for (const prop of Object.keys(element.props)) {
      if (/^on/i.test(prop)) {
        problems.push({
          file,
          line,
          field: `${tag} ${prop}`,
          message: 'event-handler attributes are never allowed: remove it',
        });
      } else if (!HTML_ATTRIBUTES.has(prop)) {
        problems.push({
          file,
          line,
          field: `${tag} ${prop}`,
          message: `the attribute is not allowed (allowed: ${[...HTML_ATTRIBUTES].join(', ')})`,
        });
      }
    }
  }

  for (const link of linksOf(parsed.tree)) {
    const field = link.where ?? link.kind;
    const scheme = schemeOf(link.url);
    if (scheme && DANGEROUS_SCHEMES.has(scheme)) {
      problems.push({
        file,
        line: link.line,
        field,
        message: `${scheme}: addresses are never allowed: link to a page (https:// or /path/) instead: ${link.url}`,
      });
    } else if (scheme && PHONE_SCHEMES.has(scheme)) {
      problems.push({
        file,
        line: link.line,
        field,
        message: `${scheme}: links are never written in an article: a call button comes only from a care card (<CareCard>), which takes its numbers from one table (content/emergency-numbers.yaml): ${link.url}`,
      });
    } else if (link.kind === 'image' && (scheme || link.url.startsWith('//'))) {
      problems.push({
        file,
        line: link.line,
        field,
        message: `images must be files of this site (put the file in public/ and write /name.svg), not from another site: ${link.url}`,
      });
    }
  }
  return problems;
}
