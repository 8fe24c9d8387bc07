import { z } from 'zod';
import { careLevelSchema } from './redFlag.ts';
import { movementIds } from './selfCare.ts';
import { formatPath } from './problems.ts';

/** Props of <CareCard>: every sign of a level, or chosen red-flag ids of that level. */
export const careCardPropsSchema = z.strictObject({
  level: careLevelSchema,
  /** Chosen signs of the level; they are shown on their own cards, at most 5 a card (src/schemas/redFlag.ts). */
  ids: z.array(z.string()).min(1, { error: 'must list at least 1 red-flag id, or be left out' }).optional(),
  /** Heading level, so the card fits the outline of the page it is on. */
  headingLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).default(3),
  /**
   * Not for articles: the card sits in an inert <template> (the header's
   * search popup), so it does not bring its script: whoever shows it loads
   * src/browser/emergencyCall.ts. A page then loads the script only where a card is.
   */
  inTemplate: z.boolean().optional(),
});

/**
 * Props of <GetHelp>: a sentence, in the page's language, with a sign's words
 * and its level's instruction (sign), or a level's instruction alone (level).
 */
export const getHelpPropsSchema = z
  .strictObject({
    sign: z.string().trim().min(1, { error: 'must be a red-flag id' }).optional(),
    level: careLevelSchema.optional(),
  })
  .refine((props) => (props.sign === undefined) !== (props.level === undefined), {
    error: 'must have either sign="<red-flag id>" or level="emergency|urgent|routine", not both',
  });

const dontItem = z
  .string()
  .trim()
  .regex(/^(do not|no)\b/i, { error: 'must start with "do not", so a screen reader never reads out a risky command' });

/** Props of <DoDont>: dos first, then don'ts. */
export const doDontPropsSchema = z.strictObject({
  do: z.array(z.string().trim().min(3)).min(1, { error: 'must list at least 1 thing to do' }),
  dont: z.array(dontItem).min(1, { error: 'must list at least 1 thing not to do' }),
});

/** Props of <Callout>: a warning with a specific heading. */
export const calloutPropsSchema = z.strictObject({
  title: z.string().trim().min(5, { error: 'must be a specific heading of 5 or more characters' }).max(100),
});

/**
 * Checks a component's props and throws an error that names the component and
 * the field, so a writer sees exactly what to fix in their MDX.
 */
export function parseProps<T extends z.ZodType>(component: string, schema: T, props: unknown): z.output<T> {
  // Astro adds data-astro-* attributes for scoped styles; they are not the writer's props.
  const own = Object.fromEntries(
    Object.entries((props ?? {}) as Record<string, unknown>).filter(([key]) => !key.startsWith('data-astro-')),
  );
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.length ? formatPath(issue.path) : 'props'}: ${issue.message}`,
  );
  throw new Error(`<${component}> has invalid props:\n${lines.join('\n')}`);
}

/** Props of <StepDrawings>: the movements to draw, by id from movements in content/self-care.yaml. */
export const stepDrawingsPropsSchema = z.strictObject({
  ids: z
    .array(z.enum(movementIds, { error: `must be one of ${movementIds.join(', ')}` }))
    .min(1, { error: 'must list at least 1 movement id' }),
});

/** Props of <IceHeatTimer>: its heading and heading level, so the timer fits the outline of the page it is on. */
export const iceHeatTimerPropsSchema = z.strictObject({
  title: z.string().trim().min(5, { error: 'must be a heading of 5 or more characters' }).max(60).optional(),
  headingLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).default(3),
  /** Shown instead of the timer when it cannot run (no JavaScript); nothing by default. */
  fallback: z.string().trim().min(10).max(200).optional(),
});

/** A component that takes no props (the diagrams draw from content/self-care.yaml). */
const noProps = z.strictObject({});

/**
 * Every component an article may use, with its props schema. Anything else
 * written as <Capitalised> is an unknown component. Keep this in step with
 * src/components/mdx.ts (a test checks the two agree).
 */
export const articleComponents: Record<string, z.ZodType> = {
  CareCard: careCardPropsSchema,
  GetHelp: getHelpPropsSchema,
  DoDont: doDontPropsSchema,
  Callout: calloutPropsSchema,
  IceHeatTimer: iceHeatTimerPropsSchema,
  FirstDaysTimeline: noProps,
  IceHeatCycle: noProps,
  RestingPositions: noProps,
  StepDrawings: stepDrawingsPropsSchema,
};
