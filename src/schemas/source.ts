import { z } from 'zod';
import { httpsUrlSchema, idSchema, text } from './fields.ts';

export const sourceKinds = [
  'guideline',
  'systematic-review',
  'trial',
  'cohort',
  'review',
  'patient-information',
  'regulator',
] as const;

/** A vetted reference in content/sources.yaml. Articles cite it by id. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text(3, 300),
  publisher: text(2, 120),
  authors: text(2, 200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  updated: z.number().int().min(1900).max(2100).optional(),
  /** Only https: z.url() would also accept javascript: and mailto:, and http:// can be changed on the way. */
  url: httpsUrlSchema,
  kind: z.enum(sourceKinds, { error: `must be one of: ${sourceKinds.join(', ')}` }),
});

export type Source = z.output<typeof sourceSchema>;
