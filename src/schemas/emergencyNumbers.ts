import { z } from 'zod';
import { dateSchema, httpsUrlSchema, text } from './fields.ts';
import { formatPath, type Problem } from './problems.ts';
import { locales, type Locale } from '../i18n/locales.ts';

/**
 * content/emergency-numbers.yaml: for each country where English or Spanish
 * is an official or widely used language, and every EU member state, the
 * number(s) to call for an ambulance, what the emergency department is
 * called, the same-day route where there is one, and the official pages that
 * say so. Every number must be given by a listed source; a source records
 * whether its page was actually read (`verified: stored-copy`, with the date
 * in `checked`) or not (`verified: none`). Unread sources do not fail the
 * check: they are listed as notes, so an editor can check them online.
 */

export const regions = [
  'europe',
  'north-america',
  'central-america',
  'caribbean',
  'south-america',
  'africa',
  'asia',
  'oceania',
] as const;

/**
 * How a source was checked: its stored copy read (no live web), or the live
 * page read, and found to state the numbers; or not read at all.
 */
export const verifications = ['stored-copy', 'live', 'none'] as const;

const NUMBER_ERROR =
  'must be a phone number written as digits, with single spaces only where they help reading, like "112" or "1800 022 222"';
/** A number to dial: digits, and single spaces between groups. Quoted in YAML so 061 keeps its 0. */
export const dialNumberSchema = z
  .string({ error: `${NUMBER_ERROR} (quote it: '061')` })
  .regex(/^\d+(?: \d+)*$/, { error: NUMBER_ERROR })
  .refine((value) => value.replace(/ /g, '').length <= 15, { error: 'is longer than any phone number (15 digits)' });

/** The same words in every language of src/i18n/locales.ts, all required: { en: ..., es: ... }. */
function inEveryLanguage(min: number, max: number) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, text(min, max)])) as Record<
    Locale,
    ReturnType<typeof text>
  >;
  return z.strictObject(shape, {
    error: `must give the words in every language: { ${locales.map((locale) => `${locale}: ...`).join(', ')} }`,
  });
}

/** A number and, in a few words, what it is for. */
const dialSchema = z.strictObject({
  number: dialNumberSchema,
  for: inEveryLanguage(2, 160),
});

/** The route for a problem that cannot wait for a normal appointment but is not an emergency. */
const sameDaySchema = z.strictObject({
  name: inEveryLanguage(2, 80),
  number: dialNumberSchema.optional(),
  url: httpsUrlSchema.optional(),
  for: inEveryLanguage(2, 200),
});

const sourceSchema = z
  .strictObject({
    title: text(3, 200),
    publisher: text(2, 120),
    url: httpsUrlSchema,
    verified: z.enum(verifications, {
      error: `must be one of: ${verifications.join(', ')} (stored-copy or live only if you read the page and it states the numbers)`,
    }),
    /** The day the page was read; only for a source that was read. */
    checked: dateSchema.optional(),
    /** The numbers of this entry the page states (none for a page cited for words only). */
    states: z.array(dialNumberSchema, { error: 'must be a list of the numbers this page states' }).default([]),
  })
  .superRefine((source, ctx) => {
    if (source.verified !== 'none' && source.checked === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: `is required for a source marked verified: ${source.verified}: the date you read it, as YYYY-MM-DD`,
      });
    }
    if (source.verified === 'none' && source.checked !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message:
          'is only for a source whose page you read: remove it, or read the page and set verified to stored-copy or live',
      });
    }
  });

const ISO_ERROR = 'must be an ISO 3166-1 alpha-2 code in capitals, like GB or ES';

export const emergencyNumbersEntrySchema = z
  .strictObject({
    code: z.string({ error: ISO_ERROR }).regex(/^[A-Z]{2}$/, { error: ISO_ERROR }),
    name: inEveryLanguage(2, 80),
    region: z.enum(regions, { error: `must be one of: ${regions.join(', ')}` }),
    /** The numbers to call for an ambulance, most useful first. */
    ambulance: z
      .array(dialSchema, { error: 'must be a list of { number, for } entries' })
      .min(1, { error: 'must give at least one number to call for an ambulance' }),
    /** What the hospital's emergency department is called there, as people say it. */
    department: inEveryLanguage(2, 120),
    sameDay: sameDaySchema.optional(),
    /** Where sources disagree or a number is regional: what each says. */
    note: text(10, 800).optional(),
    sources: z
      .array(sourceSchema, { error: 'must be a list of sources' })
      .min(1, { error: 'must list at least one official source (title, publisher, https url, verified)' }),
  })
  .superRefine((entry, ctx) => {
    const numbers = [...entry.ambulance.map((a) => a.number), ...(entry.sameDay?.number ? [entry.sameDay.number] : [])];
    const seen = new Set<string>();
    entry.ambulance.forEach((a, index) => {
      if (seen.has(a.number)) {
        ctx.addIssue({ code: 'custom', path: ['ambulance', index, 'number'], message: `lists ${a.number} twice` });
      }
      seen.add(a.number);
    });
    const stated = new Set(entry.sources.flatMap((s) => s.states));
    // An entry with no sources is reported once, as that.
    // A number that is not a number is reported once, where it is written.
    const wellFormed = numbers.filter((n) => dialNumberSchema.safeParse(n).success);
    for (const number of entry.sources.length ? wellFormed.filter((n) => !stated.has(n)) : []) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `has none that gives ${number}: add ${number} to the states of the source that gives it, or add that source`,
      });
    }
    entry.sources.forEach((source, index) => {
      for (const number of source.states.filter((n) => !numbers.includes(n))) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'states'],
          message: `names ${number}, which this entry does not list: list it, or remove it from states`,
        });
      }
    });
  });

export const emergencyNumbersSchema = z
  .array(emergencyNumbersEntrySchema, { error: 'must be a YAML list of places, one entry per country code' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.code)) {
        ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `lists ${entry.code} a second time` });
      }
      seen.add(entry.code);
    });
  });

export type EmergencyNumbersEntry = z.output<typeof emergencyNumbersEntrySchema>;
export type EmergencyNumbers = z.output<typeof emergencyNumbersSchema>;
export type EmergencyNumberSource = EmergencyNumbersEntry['sources'][number];

/**
 * Numbers no read source gives yet: one note per place, so an editor knows
 * what to check online. Notes, not problems: they do not fail the check.
 */
export function unverifiedNotes(file: string, table: EmergencyNumbers): Problem[] {
  const notes: Problem[] = [];
  table.forEach((entry, index) => {
    const read = new Set(entry.sources.filter((s) => s.verified !== 'none').flatMap((s) => s.states));
    const numbers = [...entry.ambulance.map((a) => a.number), ...(entry.sameDay?.number ? [entry.sameDay.number] : [])];
    const unread = numbers.filter((n) => !read.has(n));
    if (unread.length === 0) return;
    const list = unread.join(', ');
    const where = `${entry.code} (${entry.name.en})`;
    notes.push({
      file,
      field: `[${index}].sources`,
      message:
        unread.length === numbers.length
          ? `${where} is unverified: no source that states ${list} was read. Check on the official page, then set verified and checked`
          : `${where}: ${list} not verified yet: no source that states it was read. Check on the official page, then set verified and checked`,
    });
  });
  return notes;
}

/** Checks content/emergency-numbers.yaml: the table, its problems and its notes, each naming the field. */
export function checkEmergencyNumbers(
  file: string,
  data: unknown,
): { table: EmergencyNumbers | undefined; problems: Problem[]; notes: Problem[] } {
  const result = emergencyNumbersSchema.safeParse(data);
  if (!result.success) {
    return {
      table: undefined,
      problems: result.error.issues.map((issue) => ({ file, field: formatPath(issue.path), message: issue.message })),
      notes: [],
    };
  }
  return { table: result.data, problems: [], notes: unverifiedNotes(file, result.data) };
}
