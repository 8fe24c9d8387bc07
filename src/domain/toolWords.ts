/**
 * Every text in content/tools.yaml as a reader would see it, gaps filled with
 * typical values, so the readability and deny-list checks read whole
 * sentences ("Take it off at 10:15.") rather than templates.
 */
import { fill } from '../schemas/template.ts';
import type { ToolWords } from '../schemas/tools.ts';

/** What each gap typically holds: a time, a number, a name or a short phrase. */
const TYPICAL: Readonly<Record<string, string | number>> = {
  name: 'ice',
  offAt: '10:15',
  nextAt: '12:15',
  gap: 'Wait until your skin feels normal.',
  gapLength: 'at least 2 hours',
  skinCheck: 'Check your skin after 5 minutes.',
  heatAtNight: 'Never fall asleep with heat on.',
  min: 5,
  max: 15,
  count: 3,
  questions: 'Do you have a high temperature?',
  day: 3,
  where: 'day 3',
  link: 'when to get help',
  warningSigns: 'warning signs',
};

export interface ToolText {
  /** Where it lives, such as timer.gap.message. */
  field: string;
  /** The text with its gaps filled. */
  text: string;
}

/** Every text of the tools, with the field it comes from. */
export function toolTexts(words: ToolWords): ToolText[] {
  const out: ToolText[] = [];
  const walk = (value: unknown, field: string): void => {
    if (typeof value === 'string') out.push({ field, text: fill(value, TYPICAL) });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${field}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
    }
  };
  walk(words, '');
  return out;
}
