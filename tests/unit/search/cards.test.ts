import { describe, expect, test } from 'vitest';
import { synonymListSchema, searchMetaSchema, type SearchRecord } from '../../../src/schemas/search.ts';
import { buildIndex } from '../../../src/search/buildIndex.ts';
import { arrangeCards, type CardSigns } from '../../../src/search/cards.ts';
import { SearchEngine, memorySource } from '../../../src/search/engine.ts';
import {
  compileKeywords,
  compileSignKeywords,
  compileSynonyms,
  mentionedSigns,
  parseQuery,
} from '../../../src/search/query.ts';

// The emergency cards as the site lists them (content/red-flags.yaml), most serious first.
const CARDS: CardSigns[] = [
  { card: 'nerves', signs: ['saddle-numbness', 'bladder-feeling', 'bladder-bowel', 'both-legs', 'sexual-changes'] },
  { card: 'other-emergencies', signs: ['aortic-aneurysm', 'chest-pain'] },
];

describe('arrangeCards: the card that lists the sign the reader named comes first', () => {
  test('"chest pain": its own card opens first with the sign at its top; the nerve signs are folded', () => {
    expect(arrangeCards(CARDS, ['chest-pain'])).toEqual({
      open: [{ card: 'other-emergencies', signs: ['chest-pain', 'aortic-aneurysm'] }],
      folded: [CARDS[0]],
      marked: ['chest-pain'],
    });
  });

  test('a sign on the first card: that card stays first, the sign moves to its top, the other card is folded', () => {
    expect(arrangeCards(CARDS, ['both-legs'])).toEqual({
      open: [
        {
          card: 'nerves',
          signs: ['both-legs', 'saddle-numbness', 'bladder-feeling', 'bladder-bowel', 'sexual-changes'],
        },
      ],
      folded: [CARDS[1]],
      marked: ['both-legs'],
    });
  });

  test('several signs on one card keep the page order among themselves, at the top', () => {
    const { open, marked } = arrangeCards(CARDS, ['both-legs', 'bladder-feeling']);
    expect(open[0]?.signs.slice(0, 2)).toEqual(['bladder-feeling', 'both-legs']);
    expect(marked).toEqual(['bladder-feeling', 'both-legs']);
  });

  test('signs on two cards open both, in page order (most serious first), and fold nothing', () => {
    const { open, folded } = arrangeCards(CARDS, ['chest-pain', 'bladder-feeling']);
    expect(open.map((c) => c.card)).toEqual(['nerves', 'other-emergencies']);
    expect(open[1]?.signs).toEqual(['chest-pain', 'aortic-aneurysm']);
    expect(folded).toEqual([]);
  });

  test('no sign named on any card (an index without signs): every card open as the page lists it, nothing marked', () => {
    expect(arrangeCards(CARDS, [])).toEqual({ open: CARDS, folded: [], marked: [] });
    expect(arrangeCards(CARDS, ['not-a-sign'])).toEqual({ open: CARDS, folded: [], marked: [] });
  });

  test('never drops, repeats or changes a sign: every card keeps the same signs', () => {
    for (const mentioned of [['chest-pain'], ['both-legs', 'aortic-aneurysm'], []]) {
      const { open, folded } = arrangeCards(CARDS, mentioned);
      const shown = [...open, ...folded];
      expect(shown.map((c) => c.card).sort()).toEqual(CARDS.map((c) => c.card).sort());
      for (const card of CARDS) {
        expect([...(shown.find((c) => c.card === card.card)?.signs ?? [])].sort()).toEqual([...card.signs].sort());
      }
    }
  });
});

describe('the signs a query mentions', () => {
  const synonyms = compileSynonyms(synonymListSchema.parse([{ means: 'pee', words: ['wee'] }]));
  const { keywords, signs } = compileSignKeywords(
    ['cant pee', 'chest pain', 'heart attack', 'cant pee', 'both legs'],
    ['bladder-feeling', 'chest-pain', 'chest-pain', 'bladder-bowel', 'both-legs'],
  );
  const mentioned = (query: string) => mentionedSigns(parseQuery(query, synonyms), keywords, signs);

  test('compileSignKeywords keeps each keyword with its sign, and a keyword two signs share for both', () => {
    expect(keywords).toEqual([
      ['cant', 'pee'],
      ['chest', 'pain'],
      ['heart', 'attack'],
      ['cant', 'pee'],
      ['both', 'leg'],
    ]);
    expect(signs).toEqual(['bladder-feeling', 'chest-pain', 'chest-pain', 'bladder-bowel', 'both-legs']);
    // Without signs it is compileKeywords: repeats dropped.
    expect(compileSignKeywords(['cant pee', "can't pee"], undefined).keywords).toEqual(compileKeywords(['cant pee']));
  });

  test("each sign once, in the keywords' order, through synonyms too", () => {
    expect(mentioned('chest pain')).toEqual(['chest-pain']);
    expect(mentioned('heart attack and chest pain')).toEqual(['chest-pain']);
    expect(mentioned('cant wee')).toEqual(['bladder-feeling', 'bladder-bowel']);
    expect(mentioned('chest pain, both legs weak')).toEqual(['chest-pain', 'both-legs']);
    expect(mentioned('ice or heat')).toEqual([]);
  });

  const record = (heading: string, text: string): SearchRecord => ({
    slug: 'help',
    anchor: heading.toLowerCase().replace(/\W+/g, '-'),
    title: 'When to get help',
    heading,
    description: 'When to get help.',
    tags: [],
    keywords: [],
    text,
  });
  const records = [record('Chest pain', 'Call an ambulance for chest pain.'), record('Peeing', 'Trouble peeing.')];

  test("the index names each keyword's sign, and the engine gives the signs with each search", async () => {
    const index = buildIndex(records, {
      synonyms: [],
      emergencyKeywords: ['chest pain', 'cant pee'],
      emergencySigns: ['chest-pain', 'bladder-feeling'],
    });
    expect(searchMetaSchema.parse(index.meta).emergencySigns).toEqual(['chest-pain', 'bladder-feeling']);
    const engine = new SearchEngine(memorySource(index));
    expect(await engine.search('chest pain')).toMatchObject({ emergency: true, signs: ['chest-pain'] });
    expect(await engine.search('peeing')).toMatchObject({ emergency: false, signs: [] });
  });

  test('an index without signs still opens the card, naming none (every card then stays open)', async () => {
    const index = buildIndex(records, { synonyms: [], emergencyKeywords: ['chest pain'] });
    expect(index.meta).not.toHaveProperty('emergencySigns');
    const engine = new SearchEngine(memorySource(index));
    expect(await engine.search('chest pain')).toMatchObject({ emergency: true, signs: [] });
  });

  test('meta.json must name one sign for each keyword', () => {
    const index = buildIndex(records, {
      synonyms: [],
      emergencyKeywords: ['chest pain'],
      emergencySigns: ['chest-pain'],
    });
    expect(() => searchMetaSchema.parse({ ...index.meta, emergencySigns: [] })).toThrow(/one sign for each/);
  });
});
