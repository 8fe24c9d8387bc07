import { z } from 'zod';

/** An id used in URLs and references: lower-case words joined by hyphens. */
export const idSchema = z.string({ error: 'must be an id (text)' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case words joined by hyphens, like "ice-or-heat"',
});

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers differ (js-yaml gives a
 * Date, the `yaml` package a string), so both are accepted and the result is
 * always a Date at midnight UTC.
 */
const DATE_ERROR = 'must be a real date written as YYYY-MM-DD';
export const dateSchema = z
  .union([z.date({ error: DATE_ERROR }), z.iso.date({ error: DATE_ERROR })], { error: DATE_ERROR })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** A list of ids with no repeats. */
export function uniqueIds(what: string) {
  return z.array(idSchema).superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `lists the ${what} "${id}" twice` });
      }
      seen.add(id);
    });
  });
}

/** Plain text for a reader: trimmed, never empty. */
export function text(min: number, max: number, hint = '') {
  return z
    .string({ error: 'is required and must be text' })
    .trim()
    .min(min, { error: `must be at least ${min} characters${hint}` })
    .max(max, { error: `must be ${max} characters or fewer${hint}` });
}

const HTTPS_ERROR = 'must be a full https:// address (http:// can be changed on the way)';
/** A full https:// address with a real domain name. */
function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && z.regexes.domain.test(url.hostname);
  } catch {
    return false;
  }
}
/** Only https: z.url() would also accept javascript: and mailto:, and http:// can be changed on the way. */
export const httpsUrlSchema = z.string({ error: HTTPS_ERROR }).refine(isHttpsUrl, { error: HTTPS_ERROR });
