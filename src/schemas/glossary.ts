import { z } from 'zod';
import { idSchema, text, uniqueIds } from './fields.ts';

/** A medical word in content/glossary.yaml, shown at /glossary/#<id>. */
export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  term: text(2, 60),
  definition: text(20, 300),
  /** Other names readers use, such as "herniated disc". Also searched. */
  aliases: z.array(text(2, 60)).default([]),
  sources: uniqueIds('source').min(1, { error: 'must cite at least 1 source' }),
  /** Set by the loader: the entry's place in the file. */
  position: z.number().int().min(0).optional(),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
