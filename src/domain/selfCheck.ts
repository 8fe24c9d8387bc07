/**
 * The decision rules of the red-flag self-check (/tools/do-i-need-help/).
 * Questions come from content/red-flags.yaml; the most serious level with a
 * "yes" decides what to do. Pure: answers in, outcome out.
 */
import type { CareLevel } from '../schemas/redFlag.ts';
import { fill } from '../schemas/template.ts';
import type { SelfCheckText } from '../schemas/tools.ts';

/**
 * Most serious first. The same list as careLevels in src/schemas/redFlag.ts
 * (a unit test checks), kept here so the browser bundle does not pull in zod.
 */
export const checkLevels: readonly CareLevel[] = ['emergency', 'urgent', 'routine'];
const careLevels = checkLevels;

export interface CheckQuestion {
  id: string;
  level: CareLevel;
  /** Place in content/red-flags.yaml, which orders questions within a level. */
  position?: number | undefined;
  /** The question as asked, for saying which answers led to a result. */
  text?: string | undefined;
  /** The sign's own instruction, where it has one (red-flags.yaml action): it replaces the level's. */
  action?: string | undefined;
}

export type Answer = 'yes' | 'no';
export type Answers = Readonly<Record<string, Answer | undefined>>;

/**
 * What the answers so far mean:
 * - a care level: the most serious level with a "yes" (emergency wins at once);
 * - 'none': every question answered "no";
 * - 'pending': no "yes" yet, and some questions still unanswered.
 */
export type CheckResult = CareLevel | 'none' | 'pending';

export interface CheckOutcome {
  result: CheckResult;
  /** Ids answered "yes" at the result's level. */
  yes: string[];
  /** Ids of unanswered questions at levels more serious than the result (or all of them when pending). */
  unansweredAbove: string[];
  /** Levels whose questions are still worth asking: none below a level already answered "yes". */
  levelsToShow: CareLevel[];
}

const rank = (level: CareLevel) => careLevels.indexOf(level);

/** Emergency questions first, then urgent, then routine; within a level, file order. */
export function orderQuestions<T extends CheckQuestion>(questions: readonly T[]): T[] {
  return questions
    .map((question, index) => ({ question, index }))
    .sort(
      (a, b) =>
        rank(a.question.level) - rank(b.question.level) ||
        (a.question.position ?? a.index) - (b.question.position ?? b.index),
    )
    .map(({ question }) => question);
}

export function decide(questions: readonly CheckQuestion[], answers: Answers): CheckOutcome {
  const unanswered = questions.filter((q) => answers[q.id] !== 'yes' && answers[q.id] !== 'no');
  for (const level of careLevels) {
    const yes = questions.filter((q) => q.level === level && answers[q.id] === 'yes').map((q) => q.id);
    if (yes.length > 0) {
      return {
        result: level,
        yes,
        unansweredAbove: unanswered.filter((q) => rank(q.level) < rank(level)).map((q) => q.id),
        levelsToShow: careLevels.filter((l) => rank(l) <= rank(level)),
      };
    }
  }
  return {
    result: unanswered.length === 0 ? 'none' : 'pending',
    yes: [],
    unansweredAbove: unanswered.map((q) => q.id),
    levelsToShow: [...careLevels],
  };
}

/** What announce() needs from content/tools.yaml (selfCheck). */
export type AnnounceWords = Pick<SelfCheckText, 'results' | 'allNo' | 'saidYesTo' | 'shownBelow' | 'questionCount'>;

/**
 * The instruction for the "yes" answers at the result's level, as the care
 * cards give it (instructionOf): each sign's own action where it has one, and
 * the level's instruction for any sign without one. A pregnant reader who
 * answers "yes" only to the pregnancy sign hears "call your maternity unit or
 * midwife now", not the level's "same-day appointment".
 */
export function instructionFor(
  outcome: CheckOutcome,
  questions: readonly CheckQuestion[],
  results: AnnounceWords['results'],
): string {
  if (outcome.result === 'pending') return '';
  if (outcome.result === 'none') return results.none;
  const yes = questions.filter((q) => outcome.yes.includes(q.id));
  const own = [...new Set(yes.flatMap((q) => (q.action ? [q.action] : [])))];
  const level = yes.every((q) => q.action) && own.length > 0 ? [] : [results[outcome.result]];
  return [...level, ...own].join(' ');
}

/**
 * What a screen reader hears when the result changes: the action, the answers
 * that led to it, and where the result is. Empty while pending.
 */
export function announce(outcome: CheckOutcome, questions: readonly CheckQuestion[], words: AnnounceWords): string {
  if (outcome.result === 'pending') return '';
  if (outcome.result === 'none') {
    return `${words.results.none} ${fill(words.allNo, { count: questions.length })} ${words.shownBelow.advice}`;
  }
  const yes = questions.filter((q) => outcome.yes.includes(q.id)).map((q) => q.text ?? q.id);
  const count = yes.length === 1 ? words.questionCount.one : fill(words.questionCount.other, { count: yes.length });
  const saidYes = fill(words.saidYesTo, { count, questions: yes.join(' ') });
  return `${instructionFor(outcome, questions, words.results)} ${saidYes} ${words.shownBelow.card}`;
}
