import { z } from 'zod';
import { gapsOf } from './template.ts';

/**
 * content/tools.yaml: what the three tools (the ice and heat timer, the
 * self-check and the day-by-day plan) say to a reader, apart from the warning
 * signs and self-care facts they draw from. Kept in content/ so the words pass
 * the same readability and deny-list checks as articles. Button and field
 * labels stay in the components.
 *
 * A template may use only the gaps listed for it, and must use the required
 * ones, so a typo in a gap fails the check instead of showing "{nextat}".
 */
function words(max = 240, gaps: readonly string[] = [], required: readonly string[] = []) {
  return z
    .string({ error: 'is required and must be text' })
    .trim()
    .min(2, { error: 'must not be empty' })
    .max(max, { error: `must be ${max} characters or fewer: say it in fewer words` })
    .superRefine((value, ctx) => {
      const used = gapsOf(value);
      for (const gap of used.filter((name) => !gaps.includes(name))) {
        ctx.addIssue({
          code: 'custom',
          message: gaps.length
            ? `uses {${gap}}, which this text cannot fill: use only ${gaps.map((g) => `{${g}}`).join(', ')}`
            : `uses {${gap}}, but this text has no gaps to fill: remove the braces`,
        });
      }
      for (const gap of required.filter((name) => !used.includes(name))) {
        ctx.addIssue({ code: 'custom', message: `must say {${gap}}: the reader needs it here` });
      }
      if (/[{}]/.test(value.replace(/\{[a-zA-Z]+\}/g, ''))) {
        ctx.addIssue({ code: 'custom', message: 'has a { or } that is not part of a gap such as {name}' });
      }
    });
}

const phase = (gaps: readonly string[], required: readonly string[]) =>
  z.strictObject({
    title: words(80, ['name']),
    message: words(320, gaps, required),
    alert: words(160, gaps),
  });

export const timerWordsSchema = z.strictObject({
  /** Above the form: what the timer is for. */
  note: z.strictObject({ lead: words(80), text: words() }),
  /** Ends the hint under the minutes field. */
  hintEnd: words(80),
  minutesError: words(120, ['min', 'max'], ['min', 'max']),
  /** Pack on. {skinCheck} is the skin-check line from self-care.yaml, or checkSkinOften. */
  on: z.strictObject({ title: words(80, ['name'], ['name']), message: words(320, ['offAt', 'skinCheck'], ['offAt']) }),
  checkSkinOften: words(80),
  /** Shown and said during a go of ice, checkSkinMinutes (self-care.yaml) after the pack went on. */
  skinCheck: words(160),
  /** Pack off, waiting for the next go. {gap} is the kind's wait advice from self-care.yaml. */
  gap: phase(['gap', 'gapLength', 'nextAt'], ['nextAt']),
  /** The next go is allowed. */
  ready: phase([], []),
  started: words(80),
  cancelled: words(80),
  closed: words(80),
  /** Under the timer; the heat-at-night rule from self-care.yaml goes in {heatAtNight}. */
  small: words(320, ['heatAtNight'], ['heatAtNight']),
});

const levelGroup = z.strictObject({ heading: words(80), hint: words(200) });

export const selfCheckWordsSchema = z.strictObject({
  groups: z.strictObject({ emergency: levelGroup, urgent: levelGroup, routine: levelGroup }),
  /** Above a level's card before any answer. */
  ifYes: words(80),
  /** Above the answers that led to the result. */
  youSaidYes: words(80),
  incomplete: words(200),
  readMore: words(120, ['link'], ['link']),
  readMoreLink: words(80),
  none: z.strictObject({ heading: words(80), text: z.array(words(320)).min(1), again: words(120) }),
  allNo: words(120, ['count'], ['count']),
  /** What a screen reader hears first for each result: the one thing to do. */
  results: z.strictObject({ emergency: words(120), urgent: words(120), routine: words(120), none: words(120) }),
  /** Then the answers behind it: {count} is "1 question" or "3 questions". */
  saidYesTo: words(120, ['count', 'questions'], ['count', 'questions']),
  shownBelow: z.strictObject({ card: words(80), advice: words(80) }),
  questionCount: z.strictObject({ one: words(40), other: words(40, ['count'], ['count']) }),
});

export const planWordsSchema = z.strictObject({
  startQuestion: words(80),
  startHint: words(200),
  futureDate: words(120),
  noDate: words(120),
  today: words(120, ['day'], ['day']),
  goTo: words(80, ['where'], ['where']),
  dayName: words(40, ['day'], ['day']),
  forgotten: words(80),
  overSixWeeks: z.strictObject({ lead: words(120), text: words(200) }),
  /** Under the plan; {warningSigns} is a link to the self-check. */
  checkSigns: words(200, ['warningSigns'], ['warningSigns']),
  warningSigns: words(40),
});

export const toolWordsSchema = z.strictObject({
  /** Who the tools are for (16 and over; under 16, see a GP), near the top of every tool page. */
  audience: words(240),
  timer: timerWordsSchema,
  selfCheck: selfCheckWordsSchema,
  plan: planWordsSchema,
});

export type TimerText = z.infer<typeof timerWordsSchema>;
export type SelfCheckText = z.infer<typeof selfCheckWordsSchema>;
export type PlanText = z.infer<typeof planWordsSchema>;
export type ToolWords = z.infer<typeof toolWordsSchema>;
