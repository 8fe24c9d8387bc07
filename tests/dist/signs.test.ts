import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, htmlFiles, readText } from '../helpers/dist.ts';
import { readSigns, readSignsFor, signProblems } from '../helpers/signs.ts';
import { CARE_WORDS } from '../../src/domain/careCards.ts';

// Every warning sign has one level and one instruction wherever the built site
// shows it (content/red-flags.yaml is the one source). See tests/helpers/signs.ts.
beforeAll(assertBuilt);

const signs = readSigns();
const WHEN = 'articles/when-to-get-help/index.html';
const CHECK = 'tools/do-i-need-help/index.html';
/** The Spanish pages, under /es/, and their signs: the same facts, with the words of content/es/red-flags.yaml. */
const isSpanish = (file: string) => file.startsWith('es/');
const spanishSigns = readSignsFor('es');
const ES_CHECK = `es/${CHECK}`;

describe('warning signs on the built site', () => {
  test.each(htmlFiles().filter((file) => !isSpanish(file)))('%s shows every sign at its level, with its words and one instruction', (file) => {
    expect(signProblems(file, readText(file), signs)).toEqual([]);
  });

  test.each([WHEN, CHECK])('%s shows every sign in the file, in file order', (file) => {
    // The header's search popup keeps its own copy of the emergency cards in an inert <template>.
    const page = readText(file).replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '');
    const shown = [...page.matchAll(/data-red-flag="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(signs.map((sign) => sign.id));
  });
});

describe('warning signs on the Spanish pages', () => {
  const spanish = htmlFiles().filter(isSpanish);

  test.each(['index', 'do-i-need-help/index', 'ice-heat-timer/index', 'recovery-plan/index'])('the Spanish tool page es/tools/%s.html is built', (page) => {
    expect(spanish).toContain(`es/tools/${page}.html`);
  });

  test.each(spanish)('%s shows every sign at its level, with its Spanish words and one instruction', (file) => {
    expect(signProblems(file, readText(file), spanishSigns, 'es')).toEqual([]);
  });

  test.each(spanish)('%s gives every card its Spanish instruction (CARE_WORDS.es), never the English', (file) => {
    const page = readText(file);
    for (const level of ['emergency', 'urgent', 'routine'] as const) {
      expect(page).not.toContain(CARE_WORDS.en.headings[level].replaceAll('&', '&amp;'));
    }
  });

  test(`${ES_CHECK} shows every sign in the file, in file order`, () => {
    const page = readText(ES_CHECK).replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '');
    const shown = [...page.matchAll(/data-red-flag="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(spanishSigns.map((sign) => sign.id));
  });
});

describe('the Spanish sign check fails on a bad copy of a page', () => {
  const html = () => readText(ES_CHECK);
  const problemsOf = (bad: string) => signProblems(ES_CHECK, bad, spanishSigns, 'es');

  test('the real page passes', () => {
    expect(problemsOf(html())).toEqual([]);
  });

  test('an English card heading on a Spanish page', () => {
    const bad = html().replace(
      CARE_WORDS.es.headings.urgent,
      CARE_WORDS.en.headings.urgent,
    );
    expect(bad).not.toBe(html());
    expect(problemsOf(bad).join('\n')).toMatch(/an urgent card's heading says "Get an urgent same-day appointment/);
  });

  test('a sign in other words than content/es/red-flags.yaml', () => {
    // The sign's own line on the card (its words first appear earlier, in the header's search template).
    const line = /(data-red-flag="fever"[^>]*>)[^<]*/;
    const bad = html().replace(line, '$1fiebre de una semana');
    expect(bad).not.toBe(html());
    expect(problemsOf(bad).join('\n')).toMatch(/"fever" reads "fiebre de una semana"/);
  });

  test('Spanish text outside the cards that gives an emergency sign a routine instruction', () => {
    const chest = spanishSigns.find((sign) => sign.id === 'chest-pain')!;
    const mention = chest.keywords.find((keyword) => keyword.includes(' '))!;
    const bad = html().replace('</main>', `<p>Si tiene ${mention}, espere unos días y pida una cita.</p></main>`);
    expect(problemsOf(bad).join('\n')).toMatch(/gives "chest-pain" \(emergency\) a routine instruction/);
  });
});

describe('the sign check fails on a bad copy of a page', () => {
  const html = () => readText(WHEN);
  const problemsOf = (bad: string) => signProblems(WHEN, bad, signs);
  const fever = signs.find((sign) => sign.id === 'fever')!;

  test('the real page passes', () => {
    expect(problemsOf(html())).toEqual([]);
  });

  test('a sign moved to another level', () => {
    const bad = html().replace('data-red-flag="fever" data-level="urgent"', 'data-red-flag="fever" data-level="routine"');
    expect(bad).not.toBe(html());
    expect(problemsOf(bad).join('\n')).toMatch(/"fever" is shown as urgent \(routine\); it is urgent/);
  });

  test('a sign reworded on the page', () => {
    const bad = html().replace(fever.text, 'a fever that lasts a week');
    expect(problemsOf(bad).join('\n')).toMatch(/"fever" reads "a fever that lasts a week"/);
  });

  test('an ambulance sign without its own action', () => {
    const bad = html().replace(/(chest pain):\s*<strong data-red-flag-action[^>]*>[^<]*<\/strong>/, '$1');
    expect(bad).not.toBe(html());
    expect(problemsOf(bad).join('\n')).toMatch(/"chest-pain" reads "chest pain", not "chest pain: Call an ambulance/);
  });

  test('a card heading with another instruction', () => {
    const bad = html().replace('Call your emergency number or go to A&amp;E now', 'Book a GP appointment soon');
    expect(problemsOf(bad).join('\n')).toMatch(/an emergency card's heading says "Book a GP appointment soon/);
  });

  test('cards out of order', () => {
    const page = html();
    const routine = page.slice(page.indexOf('<section class="care-card care-card--routine'), page.indexOf('</section>', page.indexOf('care-card--routine')) + 10);
    const bad = page.replace(routine, '').replace('<section class="care-card care-card--emergency', `${routine}<section class="care-card care-card--emergency`);
    expect(problemsOf(bad).join('\n')).toMatch(/an emergency card comes after a routine card; most serious first/);
  });

  test('text that gives the "not improving" sign another number of weeks', () => {
    const bad = html().replace('</main>', '<p>See a doctor if you are not getting better after 2 to 6 weeks.</p></main>');
    expect(problemsOf(bad).join('\n')).toMatch(/gives "not-improving" 2 to 6 weeks; content\/red-flags.yaml says 2/);
  });

  test('text outside the cards that gives a sign another instruction', () => {
    const bad = html().replace('</main>', '<p>If you have chest pain, book an appointment with your GP today.</p></main>');
    expect(problemsOf(bad).join('\n')).toMatch(/gives "chest-pain" \(emergency\) an urgent instruction/);
    const worse = html().replace('</main>', '<p>With a high temperature, wait a few weeks to see if it settles.</p></main>');
    expect(problemsOf(worse).join('\n')).toMatch(/gives "fever" \(urgent\) a routine instruction/);
  });
});
