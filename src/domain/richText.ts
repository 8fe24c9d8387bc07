/**
 * Short runs of text with links and bold words, kept in the dictionaries
 * (src/i18n/) so each language has its own words around the same links:
 * ['See ', { href: '/sources/', text: 'our sources' }, '.']. Pure.
 */

export type RichSegment = string | { readonly href: string; readonly text: string } | { readonly strong: string };
export type RichText = readonly RichSegment[];

/** A block of a prose page: a heading with its id, a paragraph, or a list; `when` shows it only in that case. */
export type ProseBlock =
  | { readonly h2: string; readonly id: string }
  | { readonly p: RichText; readonly when?: string }
  | { readonly ul: readonly RichText[] };

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Fills {name} gaps from vars; a gap with no value is an error, so no "{years}" reaches a reader. */
export function fillGaps(text: string, vars: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`rich text: no value for {${name}} in "${text}"`);
    return value;
  });
}

/**
 * The HTML of a run of rich text: text escaped, links with `href(path)` (the
 * page's language and base path), bold words in <strong>, {gaps} filled in.
 */
export function richTextHtml(
  text: RichText,
  href: (path: string) => string,
  vars: Readonly<Record<string, string>> = {},
): string {
  return text
    .map((segment) => {
      if (typeof segment === 'string') return escapeText(fillGaps(segment, vars));
      if ('strong' in segment) return `<strong>${escapeText(fillGaps(segment.strong, vars))}</strong>`;
      return `<a href="${escapeAttribute(href(fillGaps(segment.href, vars)))}">${escapeText(fillGaps(segment.text, vars))}</a>`;
    })
    .join('');
}

/** The plain words of a run of rich text, for a title or a check. */
export function richTextPlain(text: RichText, vars: Readonly<Record<string, string>> = {}): string {
  return text
    .map((segment) =>
      fillGaps(typeof segment === 'string' ? segment : 'strong' in segment ? segment.strong : segment.text, vars),
    )
    .join('');
}
