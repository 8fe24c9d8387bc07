import { z } from 'zod';
import { idSchema, text, uniqueIds } from './fields.ts';
import { toolReviewSchema } from './article.ts';

/** The movements <StepDrawings> can draw; each has its own start and end pose in the component. */
export const movementIds = ['knee-to-chest', 'pelvic-tilt', 'back-rotation', 'into-bed', 'out-of-bed'] as const;

const step = z.strictObject({
  level: z.number().int().min(0).max(3),
  text: text(10, 160),
});

/** Ice or heat: how long each go lasts, and the numbers the timer uses. */
const iceHeatItem = z
  .strictObject({
    id: z.enum(['ice', 'heat']),
    name: text(2, 20),
    what: text(10, 160),
    minutes: z
      .strictObject({ min: z.number().int().min(1), max: z.number().int().max(30) })
      .refine((m) => m.min < m.max, { error: 'min must be less than max' }),
    /**
     * For ice: when to look at the skin during a go. When set, pages say "up to
     * minutes.max minutes" (the shortest go is the skin check); otherwise they
     * say "minutes.min to minutes.max minutes".
     */
    checkSkinMinutes: z.number({ error: 'must be a whole number of minutes' }).int().min(1).optional(),
    /** Where the timer starts (practical advice); it must lie inside minutes. */
    defaultMinutes: z.number({ error: 'must be a whole number of minutes' }).int(),
    /**
     * The shortest wait the timer gives between goes (practical advice: the
     * evidence only says to wait until the skin is back to normal). Never
     * shorter than the longest go, so the timer errs on the side of caution.
     */
    gapMinutes: z
      .number({ error: 'must be a whole number of minutes' })
      .int()
      .max(24 * 60),
    gap: text(10, 200),
    sources: uniqueIds('source').min(1),
  })
  .superRefine((item, ctx) => {
    if (item.defaultMinutes < item.minutes.min || item.defaultMinutes > item.minutes.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultMinutes'],
        message: `must be between minutes.min (${item.minutes.min}) and minutes.max (${item.minutes.max})`,
      });
    }
    if (item.checkSkinMinutes !== undefined && item.checkSkinMinutes >= item.minutes.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkSkinMinutes'],
        message: `must be less than minutes.max (${item.minutes.max}), so the skin is checked during a go`,
      });
    }
    if (item.gapMinutes % 60 !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['gapMinutes'],
        message: 'must be whole hours (60, 120, ...), so every page can say the gap the same way',
      });
    }
    if (item.gapMinutes < item.minutes.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['gapMinutes'],
        message: `must be at least minutes.max (${item.minutes.max}), so the wait is never shorter than a go`,
      });
    }
  });

/** Plain text for the plan: short enough to print the whole plan on one page. */
const planText = text(10, 180);

/** One day of the recovery plan: its aim and what to do that day. */
const planDay = z.strictObject({
  day: z.number().int().min(1).max(14),
  aim: text(5, 60),
  do: z.array(planText).min(1).max(3),
  /** Only where this day has its own advice on getting help. */
  help: planText.optional(),
});

/** A stretch of days that share one phase of firstDays (its rest, movement, ice or heat and help lines). */
const planStage = z.strictObject({
  id: idSchema,
  name: text(3, 30),
  /** An id from firstDays.phases. */
  phase: idSchema,
  expect: text(10, 240),
  days: z.array(planDay).min(1),
});

/** The day-by-day plan at /tools/recovery-plan/: days 1 to 14, then "after 2 to 6 weeks". */
const recoveryPlan = z.strictObject({
  stages: z.array(planStage).min(1),
  later: z.strictObject({
    id: idSchema,
    name: text(3, 40),
    phase: idSchema,
    expect: text(10, 240),
    do: z.array(planText).min(1).max(3),
    help: planText,
  }),
  sources: uniqueIds('source').min(1),
});

/** content/self-care.yaml: the numbers and steps diagrams and tools are drawn from. */
export const selfCareSchema = z
  .strictObject({
    iceHeat: z.array(iceHeatItem),
    /** The one rule for heat at night (the sleeping page, the cycle diagram and the timer). */
    heatAtNight: text(20, 200),
    firstDays: z.strictObject({
      lanes: z.array(z.strictObject({ id: z.enum(['rest', 'move', 'iceHeat', 'help']), name: text(2, 30) })).length(4),
      phases: z
        .array(
          z.strictObject({
            id: idSchema,
            name: text(2, 20),
            /** A label short enough for a diagram column. */ short: text(2, 9),
            rest: step,
            move: step,
            iceHeat: step,
            help: step,
          }),
        )
        .min(2),
      sources: uniqueIds('source').min(1),
    }),
    positions: z.array(z.strictObject({ id: z.enum(['side', 'back']), name: text(2, 30), text: text(10, 200) })).min(1),
    sourcesPositions: uniqueIds('source').min(1),
    /** The stretches and the log roll, drawn as start and end positions by <StepDrawings>. */
    movements: z
      .array(
        z.strictObject({
          id: z.enum(movementIds),
          name: text(2, 40),
          start: text(10, 200),
          end: text(10, 200),
        }),
      )
      .min(1),
    sourcesMovements: uniqueIds('source').min(1),
    recoveryPlan,
    /** When each tool page was last checked and is next due, and by whom (shown on the page). */
    toolReviews: z.strictObject({
      'do-i-need-help': toolReviewSchema,
      'ice-heat-timer': toolReviewSchema,
      'recovery-plan': toolReviewSchema,
    }),
  })
  .extend({ id: z.string().optional() })
  .superRefine((data, ctx) => {
    const phases = new Set(data.firstDays.phases.map((p) => p.id));
    const plan = data.recoveryPlan;
    plan.stages.forEach((stage, index) => {
      if (!phases.has(stage.phase)) {
        ctx.addIssue({
          code: 'custom',
          path: ['recoveryPlan', 'stages', index, 'phase'],
          message: `"${stage.phase}" is not an id in firstDays.phases`,
        });
      }
    });
    if (!phases.has(plan.later.phase)) {
      ctx.addIssue({
        code: 'custom',
        path: ['recoveryPlan', 'later', 'phase'],
        message: `"${plan.later.phase}" is not an id in firstDays.phases`,
      });
    }
    const days = plan.stages.flatMap((stage) => stage.days.map((d) => d.day));
    const expected = Array.from({ length: 14 }, (_, i) => i + 1);
    if (days.join() !== expected.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['recoveryPlan', 'stages'],
        message: `must list days 1 to 14, each once and in order (found ${days.join(', ') || 'none'})`,
      });
    }
  });

export type SelfCare = z.output<typeof selfCareSchema>;
export type IceHeat = SelfCare['iceHeat'][number];
export type RecoveryPlan = SelfCare['recoveryPlan'];
export type ToolId = keyof SelfCare['toolReviews'];

/** Every source id the file cites, for the reference check. */
export function selfCareSourceIds(data: SelfCare): string[] {
  return [
    ...data.iceHeat.flatMap((x) => x.sources),
    ...data.firstDays.sources,
    ...data.sourcesPositions,
    ...data.recoveryPlan.sources,
  ];
}
