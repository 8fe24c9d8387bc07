/**
 * Reader-facing words with gaps, such as "Take it off at {offAt}." The words
 * live in content/tools.yaml; the tools fill the gaps in the browser. Kept at
 * the bottom layer with no imports, so the schema can check every template and
 * the browser bundle stays tiny (no zod).
 */

const GAP = /\{([a-zA-Z]+)\}/g;

/** The names of the gaps in a template, in order: "{a} and {b}" -> ["a", "b"]. */
export function gapsOf(template: string): string[] {
  return [...template.matchAll(GAP)].map((match) => match[1] ?? '');
}

/** Fills each {name} with its value. A gap with no value is left as it is, so a mistake shows rather than vanishes. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(GAP, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
