import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/search/buildIndex.ts';
import { SearchEngine, memorySource, shownSections } from '../../../src/search/engine.ts';
import {
  compileKeywords,
  compileSynonyms,
  isEmergency,
  mentions,
  parseQuery,
  spanishWordForms,
  wordMeans,
} from '../../../src/search/query.ts';
import { makeSnippet } from '../../../src/search/snippet.ts';
import { isSearchable, normalise, stem, stemSpanish, terms, tokenize, words } from '../../../src/search/text.ts';
import { resultItemFixture } from './spanishFixture.ts';

// Spanish search: normalising, plurals, stop words, synonyms and the warning signs.
// The keywords below are a fixture in the shape of content/es/red-flags.yaml (emergency signs).

describe('Spanish normalising (the same function as English: accents and case go)', () => {
  test('accents, capitals, ¿ ¡ and ñ', () => {
    expect(normalise('¿Ciática?')).toBe('ciatica');
    expect(normalise('CIÁTICA')).toBe('ciatica');
    expect(normalise('¡Me dio un tirón!')).toBe('me dio un tiron');
    expect(normalise('España, niño, pingüino')).toBe('espana nino pinguino');
    expect(normalise('«dolor»')).toBe('dolor');
  });
});

describe('stemSpanish: plurals back to the singular', () => {
  test('-s after a vowel', () => {
    expect(stemSpanish('espasmos')).toBe('espasmo');
    expect(stemSpanish('piernas')).toBe('pierna');
    expect(stemSpanish('calambres')).toBe('calambre');
    expect(stemSpanish('pies')).toBe('pie');
  });
  test('-es after a consonant, and -ces to -z', () => {
    expect(stemSpanish('dolores')).toBe('dolor');
    expect(stemSpanish('genitales')).toBe('genital');
    expect(stemSpanish('meses')).toBe('mes');
    expect(stemSpanish('lumbares')).toBe('lumbar');
    expect(stemSpanish('veces')).toBe('vez');
  });
  test('singular words ending in -s keep it, and short words and numbers are left alone', () => {
    for (const word of ['crisis', 'virus', 'analisis', 'estres', 'tos', 'mes', '48h'])
      expect(stemSpanish(word)).toBe(word);
  });
  test('only with the Spanish language: English keeps its own rules', () => {
    expect(stem('dolores', 'es')).toBe('dolor');
    expect(stem('dolores')).toBe('dolore');
    expect(stem('bodies', 'es')).toBe('bodie');
  });
  test('singular and plural, with or without accents, give the same words', () => {
    expect(words('Las CIÁTICAS', 'es')).toEqual(['las', 'ciatica']);
    expect(terms('Ciáticas y dolores', 'es')).toEqual(terms('ciatica dolor', 'es'));
  });
});

describe('Spanish stop words', () => {
  test('are left out of the terms', () => {
    expect(terms('¿Cuándo ir a urgencias?', 'es')).toEqual(['ir', 'urgencia']);
    expect(terms('Se me bloqueó la espalda', 'es')).toEqual(['bloqueo', 'espalda']);
    expect(isSearchable('que', 'es')).toBe(false);
    expect(isSearchable('que')).toBe(true);
  });
  test('"cuánto" and "cada" stay: they ask how long and how often', () => {
    expect(terms('¿Cada cuánto tiempo?', 'es')).toEqual(['cada', 'cuanto', 'tiempo']);
  });
  test('tokens keep their places in the text for highlighting', () => {
    expect(tokenize('Las piernas', 'es')).toEqual([
      { word: 'las', start: 0, end: 3 },
      { word: 'pierna', start: 4, end: 11 },
    ]);
  });
});

const synonyms = compileSynonyms(
  [
    { means: 'espasmo de espalda', words: ['lumbago', 'me dio un tirón', 'se me bloqueó la espalda'], brands: [] },
    { means: 'orinar', words: ['mear', 'hacer pipí'], brands: [] },
    { means: 'paracetamol', words: [], brands: ['Gelocatil'] },
    { means: 'nalgas', words: ['trasero'], brands: [] },
  ],
  'es',
);

describe('Spanish synonyms', () => {
  test('a phrase is matched with or without accents, and replaced by what it means', () => {
    for (const query of ['Me dio un tirón', 'me dio un tiron']) {
      const parsed = parseQuery(query, synonyms, 'es');
      expect(parsed.canonical).toEqual(['espasmo', 'de', 'espalda']);
      expect(parsed.clauses).toEqual([{ alternatives: [['espasmo', 'espalda']], phrase: ['dio', 'tiron'] }]);
    }
  });
  test('a brand is swapped for the generic name and never kept', () => {
    expect(parseQuery('gelocatil', synonyms, 'es').clauses).toEqual([{ alternatives: [['paracetamol']] }]);
  });
  test('a one-word synonym before a determiner is not read as that synonym', () => {
    expect(parseQuery('trasero de mi coche', synonyms, 'es').canonical).toEqual(['nalga', 'de', 'mi', 'coche']);
    expect(parseQuery('mear mi', synonyms, 'es').canonical).toEqual(['mear', 'mi']);
  });
});

/** Emergency keywords in the shape of content/es/red-flags.yaml (a fixture: the real file is tested in tests/content). */
const KEYWORDS = compileKeywords(
  [
    'no puedo orinar',
    'no puedo hacer pis',
    'me hice pis encima',
    'incontinencia',
    'no siento las nalgas',
    'nalgas dormidas',
    'hormigueo en los genitales',
    'las dos piernas',
    'se me doblan las piernas',
    'ereccion',
    'disfuncion erectil',
    'septico',
    'desmayo',
    'me desmaye',
    'dolor de pecho',
    'dolor en el pecho',
    'caida desde altura',
  ],
  'es',
);
const emergency = (query: string) => isEmergency(parseQuery(query, synonyms, 'es'), KEYWORDS, 'es');

describe('Spanish emergency signs', () => {
  test.each([
    'No puedo orinar',
    'no puedo orinar desde ayer',
    'no puedo mear', // a synonym of orinar
    'me hice pis encima',
    'tengo las nalgas dormidas',
    'nalga dormida',
    'no siento mis nalgas', // "mis" for "las": small words do not count
    'hormigueo en mis genitales',
    'se me doblaron las piernas', // another tense
    'me duelen las dos piernas',
    'INCONTINENCIA',
    'incontinensia', // a typo in a long word
    'me desmayé',
    'desmayo',
    'dolor en el pecho',
    'dolor de pecho al respirar',
    'erección',
    'ya no tengo erecciones',
  ])('"%s" opens the emergency card', (query) => {
    expect(emergency(query)).toBe(true);
  });

  test.each([
    'puedo orinar bien', // no "no"
    'orinar',
    'una pierna dormida',
    'la mejor elección de colchón', // one letter from "erección", but another word
    'séptimo día con dolor', // one letter from "séptico"
    'dolor de espalda al dar el pecho', // breastfeeding, not chest pain
    'dolor de espalda desde hace un año', // "año" is not "ano"
    'vivo en un piso alto', // "piso" is not "pis"
    'dolor de espalda',
  ])('"%s" does not', (query) => {
    expect(emergency(query)).toBe(false);
  });

  test('a whole long query counts', () => {
    expect(
      emergency(
        'se me bloqueó la espalda cargando la compra del supermercado y desde entonces no puedo hacer pis y me preocupa',
      ),
    ).toBe(true);
  });

  test('word forms: gender, number, tense and nouns from verbs meet at their root', () => {
    expect(wordMeans('dormido', 'dormida', 'es')).toBe(true);
    expect(wordMeans('orino', 'orinar', 'es')).toBe(true);
    expect(wordMeans('adormecido', 'adormecimiento', 'es')).toBe(true);
    expect(wordMeans('piso', 'pis', 'es')).toBe(false);
    expect(wordMeans('eleccion', 'ereccion', 'es')).toBe(false);
    expect(spanishWordForms('ano')).toEqual(new Set(['ano']));
    expect(mentions(words('no siento mis piernas', 'es'), words('no siento las piernas', 'es'), 'es')).toBe(true);
  });
});

describe('a Spanish index', () => {
  const index = buildIndex(resultItemFixture, {
    synonyms: [{ means: 'espasmo de espalda', words: ['lumbago'], brands: [] }],
    emergencyKeywords: ['no puedo orinar'],
    language: 'es',
  });
  const engine = new SearchEngine(memorySource(index));

  test('names its language in meta.json, and the engine reads queries in it', () => {
    expect(index.meta.language).toBe('es');
    expect(engine.language).toBe('es');
    const english = buildIndex(resultItemFixture, { synonyms: [], emergencyKeywords: [] });
    expect(english.meta).not.toHaveProperty('language');
  });

  test.each(['ciatica', 'ciática', 'CIÁTICAS', 'ciatca'])('"%s" finds the page about ciática', async (query) => {
    const { results } = await engine.search(query);
    expect(shownSections(results)[0]?.anchor).toBe('que-es-la-ciatica');
  });

  test('plurals meet singulars both ways, and stop words do not count', async () => {
    const { results } = await engine.search('¿Cuánto duran los espasmos?');
    expect(results[0]?.slug).toBe('que-es');
    expect((await engine.search('la de los')).results).toEqual([]);
  });

  test('highlights and snippets mark the Spanish words, whatever their accents', async () => {
    const { results } = await engine.search('ciatica');
    const section = results[0]!.sections[0]!;
    expect(section.heading.slice(...section.headingHighlights[0]!)).toBe('ciática');
    const snippet = makeSnippet('La ciática baja por la pierna.', new Set(['ciatica']), undefined, 'es');
    expect(snippet.text.slice(...snippet.highlights[0]!)).toBe('ciática');
  });

  test('the emergency keywords are read in Spanish', async () => {
    expect((await engine.search('No puedo orinar')).emergency).toBe(true);
    expect((await engine.search('orinar')).emergency).toBe(false);
  });
});
