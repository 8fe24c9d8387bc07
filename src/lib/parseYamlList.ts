import { parse } from 'yaml';

/**
 * Parses a YAML list and records each item's place in the file as
 * `position`, because a collection's entries come back in no fixed order and
 * some lists (red flags, by seriousness) must keep the order they are written in.
 */
export function parseYamlList(text: string): Record<string, unknown>[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error('must be a YAML list of entries, each starting with "- id:"');
  return data.map((item: unknown, position) =>
    item && typeof item === 'object' && !Array.isArray(item) ? { ...item, position } : { value: item, position },
  );
}
