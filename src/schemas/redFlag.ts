import { z } from 'zod';
import { idSchema, text, uniqueIds } from './fields.ts';

/** How soon to get help, from the NHS care-card pattern. */
export const careLevels = ['emergency', 'urgent', 'routine'] as const;
export type CareLevel = (typeof careLevels)[number];

/** A care card lists at most this many signs (NHS care-card rule). */
export const MAX_SIGNS_PER_CARD = 5;

export const careLevelSchema = z.enum(careLevels, {
  error: `must be one of: ${careLevels.join(', ')}`,
});

/** One warning sign in content/red-flags.yaml. Every sign appears once. */
export const redFlagSchema = z.strictObject({
  id: idSchema,
  level: careLevelSchema,
  /** Completes the card heading: "Call ... now if you have back pain and:". */
  text: text(10, 200),
  /** The same sign as a yes/no question for the self-check, where "yes" means the sign applies. */
  question: text(10, 200).regex(/\?$/, { error: 'must be a question ending with "?"' }),
  /** Words a reader might type for this sign, for search and the self-check. */
  keywords: z.array(text(2, 40)).default([]),
  sources: uniqueIds('source').min(1, { error: 'must cite at least 1 source' }),
  /** Set by the loader: the sign's place in the file, which is the order cards list signs in. */
  position: z.number().int().min(0).optional(),
});

/** The whole file: unique ids and no more than 5 signs per level. */
export const redFlagListSchema = z.array(redFlagSchema).superRefine((flags, ctx) => {
  const seen = new Set<string>();
  flags.forEach((flag, index) => {
    if (seen.has(flag.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats the id "${flag.id}"` });
    }
    seen.add(flag.id);
  });
  for (const level of careLevels) {
    const count = flags.filter((flag) => flag.level === level).length;
    if (count > MAX_SIGNS_PER_CARD) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `has ${count} "${level}" signs; a care card lists at most ${MAX_SIGNS_PER_CARD}`,
      });
    }
  }
});

export type RedFlag = z.output<typeof redFlagSchema>;
