import { z } from 'zod';
import { idSchema, text } from './fields.ts';

/** A topic in content/topics.yaml: a group of articles with its own page. */
export const topicSchema = z.strictObject({
  id: idSchema,
  title: text(3, 60),
  description: text(20, 200),
  /** Position on the home page and in lists, lowest first. */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0),
});

export type Topic = z.output<typeof topicSchema>;
