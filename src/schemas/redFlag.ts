import { z } from 'zod';
import { idSchema, text, uniqueIds } from './fields.ts';

/** How soon to get help, from the NHS care-card pattern, most serious first. */
export const careLevels = ['emergency', 'urgent', 'routine'] as const;
export type CareLevel = (typeof careLevels)[number];

/** A care card lists at most this many signs (NHS care-card rule). */
export const MAX_SIGNS_PER_CARD = 5;

/** The file the signs live in, named in every error about it. */
export const RED_FLAGS_FILE = 'content/red-flags.yaml';

export const careLevelSchema = z.enum(careLevels, {
  error: `must be one of: ${careLevels.join(', ')}`,
});

/**
 * The cards each level's signs are shown on, in the order pages show them.
 * A level with more signs than one card holds is split by what the signs
 * mean; each card gets its own title above the level's instruction. A level
 * with one card needs no title.
 */
export const careCards = [
  { id: 'nerves', level: 'emergency', title: 'Nerve signs' },
  { id: 'other-emergencies', level: 'emergency', title: 'Other emergencies' },
  { id: 'infection', level: 'urgent', title: 'Signs of an infection' },
  { id: 'bones-and-history', level: 'urgent', title: 'Bones, lumps and past illness' },
  { id: 'pain-pattern', level: 'urgent', title: 'How the pain behaves' },
  { id: 'pregnancy', level: 'urgent', title: 'If you are pregnant' },
  { id: 'routine', level: 'routine', title: null },
] as const satisfies readonly { id: string; level: CareLevel; title: string | null }[];
export type CareCardGroup = (typeof careCards)[number];
export type CareCardId = CareCardGroup['id'];

const cardIds = careCards.map((card) => card.id) as [CareCardId, ...CareCardId[]];

/** One warning sign in content/red-flags.yaml. Every sign appears once. */
export const redFlagSchema = z.strictObject({
  id: idSchema,
  level: careLevelSchema,
  /** The card the sign is listed on: one of the level's cards in careCards. */
  card: z.enum(cardIds, { error: `must be one of: ${cardIds.join(', ')}` }),
  /** Completes the card heading: "Call ... now if you have back pain and:". */
  text: text(5, 260),
  /**
   * The sign's own instruction, only where the evidence gives one that differs
   * from its card's heading (chest pain: call an ambulance, do not go by car).
   */
  action: text(10, 80)
    .regex(/^[A-Z].*\.$/, { error: 'must be a sentence that starts with a capital and ends with "."' })
    .optional(),
  /** The same sign as a yes/no question for the self-check, where "yes" means the sign applies. */
  question: text(10, 200)
    .regex(/\?$/, { error: 'must be a question ending with "?"' })
    .refine((q) => q.split(/\s+/).length <= 20, { error: 'must be 20 words or fewer' }),
  /** Words a reader might type for this sign, for search and the self-check. */
  keywords: z.array(text(2, 40)).default([]),
  /**
   * The sign's own medical names, where one word names this sign and nothing
   * else (sepsis, aneurysm), so a reader who types only the name gets its
   * card. Keywords of emergency signs must be phrases; these are the reviewed
   * exceptions, and each still may not open the card for a harmless query.
   */
  names: z
    .array(text(3, 40).regex(/^\p{L}+$/u, { error: 'must be one word' }))
    .max(3, { error: 'lists at most 3 names' })
    .default([]),
  /**
   * Phrases that name the sign in running text ("trouble peeing", "in both
   * legs"), in the file's language. A sentence that holds one must give the
   * sign's instruction (src/pipeline/checks/findWordingProblems.ts). Phrases of two or
   * more words, so a harmless sentence is not caught by one common word.
   */
  mentions: z
    .array(
      text(3, 60).refine((phrase) => phrase.trim().includes(' '), {
        error: 'must be a phrase of 2 or more words: one word alone catches harmless sentences',
      }),
    )
    .default([]),
  sources: uniqueIds('source').min(1, { error: 'must cite at least 1 source' }),
  /** Set by the loader: the sign's place in the file, which is the order cards list signs in. */
  position: z.number().int().min(0).optional(),
});

/**
 * The whole file: unique ids, each sign on a card of its own level, and no
 * card with more than 5 signs. Each issue's path names the field; the content
 * check and the build put the file (RED_FLAGS_FILE) in front of it.
 */
export const redFlagListSchema = z.array(redFlagSchema).superRefine((flags, ctx) => {
  const seen = new Set<string>();
  flags.forEach((flag, index) => {
    if (seen.has(flag.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats the id "${flag.id}"` });
    }
    seen.add(flag.id);
    const card = careCards.find((c) => c.id === flag.card);
    if (card && card.level !== flag.level) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'card'],
        message: `"${flag.card}" is a card for ${card.level} signs, but sign "${flag.id}" is ${flag.level}`,
      });
    }
  });
  for (const card of careCards) {
    const onCard = flags.flatMap((flag, index) => (flag.card === card.id ? [index] : []));
    if (onCard.length > MAX_SIGNS_PER_CARD) {
      ctx.addIssue({
        code: 'custom',
        path: [onCard[MAX_SIGNS_PER_CARD]!, 'card'],
        message:
          `card "${card.id}" has ${onCard.length} signs; a care card lists at most ` +
          `${MAX_SIGNS_PER_CARD}. Move a sign to another ${card.level} card, or add a card in src/schemas/redFlag.ts`,
      });
    }
  }
});

export type RedFlag = z.output<typeof redFlagSchema>;
