import { z } from 'zod';
import { idSchema, text, uniqueIds } from './fields.ts';

const step = z.strictObject({
  level: z.number().int().min(0).max(3),
  text: text(10, 160),
});

/** content/self-care.yaml: the numbers and steps diagrams and tools are drawn from. */
export const selfCareSchema = z
  .strictObject({
    iceHeat: z.array(
      z.strictObject({
        id: z.enum(['ice', 'heat']),
        name: text(2, 20),
        what: text(10, 160),
        minutes: z
          .strictObject({ min: z.number().int().min(1), max: z.number().int().max(30) })
          .refine((m) => m.min < m.max, { error: 'min must be less than max' }),
        gap: text(10, 200),
        sources: uniqueIds('source').min(1),
      }),
    ),
    firstDays: z.strictObject({
      lanes: z.array(z.strictObject({ id: z.enum(['rest', 'move', 'iceHeat', 'help']), name: text(2, 30) })).length(4),
      phases: z
        .array(z.strictObject({ id: idSchema, name: text(2, 20), /** A label short enough for a diagram column. */ short: text(2, 9), rest: step, move: step, iceHeat: step, help: step }))
        .min(2),
      sources: uniqueIds('source').min(1),
    }),
    positions: z.array(z.strictObject({ id: z.enum(['side', 'back']), name: text(2, 30), text: text(10, 200) })).min(1),
    sourcesPositions: uniqueIds('source').min(1),
  })
  .extend({ id: z.string().optional() });

export type SelfCare = z.output<typeof selfCareSchema>;

/** Every source id the file cites, for the reference check. */
export function selfCareSourceIds(data: SelfCare): string[] {
  return [...data.iceHeat.flatMap((x) => x.sources), ...data.firstDays.sources, ...data.sourcesPositions];
}
