import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import Callout from '../../src/components/content/Callout.astro';
import ReviewDates from '../../src/components/layout/ReviewDates.astro';
import CareCard from '../../src/components/content/CareCard.astro';
import DoDont from '../../src/components/content/DoDont.astro';
import GetHelp from '../../src/components/content/GetHelp.astro';
import FirstDaysTimeline from '../../src/components/content/diagrams/FirstDaysTimeline.astro';
import IceHeatCycle from '../../src/components/content/diagrams/IceHeatCycle.astro';
import RestingPositions from '../../src/components/content/diagrams/RestingPositions.astro';
import StepDrawings from '../../src/components/content/diagrams/StepDrawings.astro';

// The components writers put in MDX, rendered one at a time with Astro's
// container API, so each check needs no build. The data layer gets its
// content from the real pipeline (loadSite) over the small fixture site of
// tests/helpers/siteFiles.ts, changed as below, instead of from content/
// (tests/helpers/astroContent.ts stands in for readContent.ts and astro:content).

const changes = vi.hoisted(() => {
  const sign = (id: string, level: string, card: string, text: string, more: Record<string, unknown> = {}) => ({
    id,
    level,
    card,
    text,
    question: `Do you have ${text}?`,
    sources: ['source-a'],
    ...more,
  });
  return {
    // Signs on two emergency cards, two urgent cards and the routine card, the cards' signs apart in the file.
    'content/red-flags.yaml': [
      // The keywords of the fixture site's emergency queries (tests/helpers/siteFiles.ts).
      sign('fixture-bladder', 'emergency', 'nerves', 'a fixture sign about your bladder', {
        keywords: ['cant pee', 'lost control of my bladder'],
      }),
      sign('fixture-chest', 'emergency', 'other-emergencies', 'a fixture sign about your chest', {
        action: 'Call an ambulance. Do not go by car.',
      }),
      sign('fixture-legs', 'emergency', 'nerves', 'a fixture sign about both legs'),
      sign('fixture-night', 'urgent', 'pain-pattern', 'a fixture sign about pain at night'),
      sign('fixture-fever', 'urgent', 'infection', 'a fixture sign about a fever'),
      sign('fixture-weeks', 'routine', 'routine', 'a fixture sign that lasts weeks'),
    ],
    // Distinct names, so the diagram tests prove they draw from the fixture and not from content/.
    'content/self-care.yaml': (old: string) =>
      old
        .replace(/^( +)name: Ice$/m, '$1name: Fixture ice')
        .replace(/^( +)name: Pelvic tilt$/m, '$1name: Fixture tilt'),
  };
});

vi.mock('../../src/pipeline/readContent.ts', async () =>
  (await import('../helpers/astroContent.ts')).mockedReadContent(changes),
);
vi.mock('astro:content', async () => (await import('../helpers/astroContent.ts')).mockedAstroContent(changes));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props = {}, slot?: string) {
  const html = await container.renderToString(component, { props, slots: slot ? { default: slot } : {} });
  return parse(html);
}

const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((el) => el.text.trim());
/** Text as read, with the non-breaking spaces that keep a call button on one line as plain spaces. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').trim();
const cardsOf = (root: HTMLElement) => root.querySelectorAll('section[data-care-card]');
const signsOf = (card: HTMLElement) => card.querySelectorAll('li').map((li) => li.getAttribute('data-red-flag'));

const EMERGENCY = 'Call your emergency number or go to A&E now if you have back pain and:';
const URGENT =
  'Get an urgent same-day appointment with a doctor, or call a non-emergency health line, if you have back pain and:';

describe('CareCard', () => {
  test('emergency signs on their cards in card order, each card labelled by a heading with its title and instruction', async () => {
    const cards = cardsOf(await render(CareCard, { level: 'emergency' }));
    expect(cards.map((card) => card.getAttribute('data-card-group'))).toEqual(['nerves', 'other-emergencies']);
    expect(cards.map(signsOf)).toEqual([['fixture-bladder', 'fixture-legs'], ['fixture-chest']]);
    expect(cards.map((card) => plain(card.querySelector('h3')!.text))).toEqual([
      `Immediate action required: Nerve signs. ${EMERGENCY}`,
      `Immediate action required: Other emergencies. ${EMERGENCY}`,
    ]);
    for (const card of cards) {
      expect(card.getAttribute('data-care-card')).toBe('emergency');
      expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('h3')!.id);
      // The instruction the script changes to "Call 999 or go to A&E now ..." once it knows the reader's region.
      expect(card.querySelector('[data-care-instruction]')!.text).toBe(EMERGENCY);
    }
    expect(cards.map((card) => card.querySelector('h3')!.id)).toEqual(['care-nerves', 'care-other-emergencies']);
    expect(texts(cards[0]!, 'li')).toEqual(['a fixture sign about your bladder', 'a fixture sign about both legs']);
    // A sign with its own action says it after the sign, in bold.
    expect(texts(cards[1]!, 'li').map(plain)).toEqual([
      'a fixture sign about your chest: Call an ambulance. Do not go by car.',
    ]);
    expect(cards[1]!.querySelector('li strong[data-red-flag-action]')!.text).toBe(
      'Call an ambulance. Do not go by car.',
    );
  });

  test('an emergency card calls 999, 911 and 112 without JavaScript, and links to every number', async () => {
    for (const card of cardsOf(await render(CareCard, { level: 'emergency' }))) {
      const links = card.querySelectorAll('a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual([
        'tel:999',
        'tel:911',
        'tel:112',
        '/emergency-numbers/',
      ]);
      expect(links.map((a) => plain(a.text))).toEqual([
        'Call 999 (UK)',
        'Call 911 (US and Canada)',
        'Call 112 (EU)',
        'Every country’s emergency number',
      ]);
      // The country picker and the fold need the script, so a page without it does not offer them.
      expect(card.querySelector('[data-region-picker]')!.hasAttribute('hidden')).toBe(true);
      expect(card.querySelector('details')!.hasAttribute('hidden')).toBe(true);
      expect(card.text).toContain('Do not drive yourself.');
    }
  });

  test('urgent signs on their cards with their titles; the one routine card has no title and no call buttons', async () => {
    const urgent = cardsOf(await render(CareCard, { level: 'urgent' }));
    expect(urgent.map((card) => card.getAttribute('data-card-group'))).toEqual(['infection', 'pain-pattern']);
    expect(urgent.map((card) => plain(card.querySelector('h3')!.text))).toEqual([
      `Urgent advice: Signs of an infection. ${URGENT}`,
      `Urgent advice: How the pain behaves. ${URGENT}`,
    ]);
    expect(urgent.map(signsOf)).toEqual([['fixture-fever'], ['fixture-night']]);

    const routine = cardsOf(await render(CareCard, { level: 'routine' }));
    expect(routine).toHaveLength(1);
    expect(plain(routine[0]!.querySelector('h3')!.text)).toBe('Non-urgent advice: See a doctor or physiotherapist if:');
    expect(routine[0]!.querySelector('.care-card__title')).toBeNull();
    expect(texts(routine[0]!, 'li')).toEqual(['a fixture sign that lasts weeks']);
    for (const card of [...urgent, ...routine]) expect(card.querySelectorAll('a, bsg-emergency-call')).toHaveLength(0);
  });

  test('chosen ids show only those signs, on their own cards, at the heading level asked for', async () => {
    const cards = cardsOf(await render(CareCard, { level: 'urgent', ids: ['fixture-fever'], headingLevel: 2 }));
    expect(cards).toHaveLength(1);
    const heading = cards[0]!.querySelector('h2')!;
    expect(plain(heading.text)).toBe(`Urgent advice: Signs of an infection. ${URGENT}`);
    expect(heading.id).toBe('care-infection-fixture-fever');
    expect(cards[0]!.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(texts(cards[0]!, 'li')).toEqual(['a fixture sign about a fever']);

    const chest = cardsOf(await render(CareCard, { level: 'emergency', ids: ['fixture-chest'] }));
    expect(chest.map(signsOf)).toEqual([['fixture-chest']]);
    expect(chest[0]!.querySelectorAll('a[href^="tel:"]')).toHaveLength(3);
  });

  test('an id of another level, or none that exists, or a bad level, stops the render with the reason', async () => {
    await expect(render(CareCard, { level: 'emergency', ids: ['fixture-fever'] })).rejects.toThrow(
      /red flag "fixture-fever" is "urgent", not "emergency"/,
    );
    await expect(render(CareCard, { level: 'routine', ids: ['nowhere'] })).rejects.toThrow(
      /unknown red flag id "nowhere"/,
    );
    await expect(render(CareCard, { level: 'soon' })).rejects.toThrow(/<CareCard> has invalid props:\n {2}level/);
  });
});

describe('DoDont', () => {
  test("dos first, then don'ts, each a heading over its own list", async () => {
    const list = await render(DoDont, { do: ['keep moving gently'], dont: ['do not stay in bed all day'] });
    expect(texts(list, 'h3')).toEqual(['Do', "Don't"]);
    const [dos, donts] = list.querySelectorAll('section');
    expect(texts(dos!, 'li')).toEqual(['keep moving gently']);
    expect(texts(donts!, 'li')).toEqual(['do not stay in bed all day']);
  });

  test('a don\'t that does not start with "do not" is refused, naming the field', async () => {
    await expect(render(DoDont, { do: ['rest'], dont: ['lift heavy things'] })).rejects.toThrow(
      /<DoDont> has invalid props:\n {2}dont\[0\]: must start with "do not"/,
    );
  });
});

describe('Callout', () => {
  test('a note whose heading screen readers hear as "Important:", with the body from its slot', async () => {
    const note = await render(Callout, { title: 'Never sleep with a heat pad on' }, '<p>It can burn you.</p>');
    const box = note.querySelector('[data-callout]')!;
    expect(box.getAttribute('role')).toBe('note');
    expect(box.querySelector('.callout__heading')!.text).toBe('Important: Never sleep with a heat pad on');
    expect(box.querySelector('.visually-hidden')!.text).toBe('Important: ');
    expect(box.querySelector('.callout__heading + p')!.text).toBe('It can burn you.');
  });

  test('a heading too short to say anything is refused', async () => {
    await expect(render(Callout, { title: 'Note' })).rejects.toThrow(/<Callout> has invalid props:\n {2}title/);
  });
});

describe('diagrams', () => {
  test.each([
    ['ice-heat-cycle', IceHeatCycle, {}],
    ['first-days', FirstDaysTimeline, {}],
    ['resting-positions', RestingPositions, {}],
    ['step-drawings', StepDrawings, { ids: ['knee-to-chest', 'out-of-bed'] }],
  ] as const)('%s: a figure with a caption, and every drawing in it named', async (name, Diagram, props) => {
    const figure = (await render(Diagram, props)).querySelector(`figure[data-diagram="${name}"]`)!;
    expect(figure).not.toBeNull();
    const drawings = figure.querySelectorAll('svg');
    expect(drawings.length).toBeGreaterThan(0);
    for (const svg of drawings) {
      expect(svg.getAttribute('role')).toBe('img');
      // Named by aria-label, or by elements inside it (its <title> and <desc>).
      const labelledBy = svg.getAttribute('aria-labelledby')?.split(' ') ?? [];
      const names = [
        svg.getAttribute('aria-label') ?? '',
        ...labelledBy.map((id) => svg.querySelector(`#${id}`)?.text ?? ''),
      ];
      expect(names.join('').trim(), 'the drawing has a text name').not.toBe('');
      for (const id of labelledBy) expect(svg.querySelector(`#${id}`)?.text.trim(), `#${id}`).toBeTruthy();
    }
    expect(figure.querySelector('figcaption')!.text.trim()).not.toBe('');
  });

  test('the ice and heat cycle is drawn from self-care data, with the same words in its text version', async () => {
    const figure = await render(IceHeatCycle);
    expect(figure.querySelector('desc')!.text).toMatch(
      /^\s*Fixture ice: on for up to \d+ minutes, then at least \d+ hours off\b.*\bHeat: on for \d+ to \d+ minutes/,
    );
    expect(figure.querySelector('details summary')!.text).toBe('The cycle, in words');
    expect(figure.querySelector('details li')!.text).toContain('Fixture ice');
  });

  test('step drawings show the movements asked for, in that order, each start and end in the words of self-care data', async () => {
    const figure = await render(StepDrawings, { ids: ['pelvic-tilt', 'into-bed'] });
    const movements = figure.querySelectorAll('section.movement');
    expect(movements.map((m) => m.getAttribute('aria-label'))).toEqual(['Fixture tilt', 'Log roll into bed']);
    const [tilt] = movements;
    expect(tilt!.querySelectorAll('svg').map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Fixture tilt, start: Lie on your back with both knees bent. Your lower back curves up a little.',
      'Fixture tilt, end: Tighten your tummy and press your lower back gently down into the bed or floor.',
    ]);
    // The same words, shown under each drawing as its text version.
    expect(texts(tilt!, 'li p')).toEqual([
      'Start: Lie on your back with both knees bent. Your lower back curves up a little.',
      'End: Tighten your tummy and press your lower back gently down into the bed or floor.',
    ]);
  });

  test('step drawings refuse a movement that does not exist', async () => {
    await expect(render(StepDrawings, { ids: ['cartwheel'] })).rejects.toThrow(
      /<StepDrawings> has invalid props:\n {2}ids\[0\]: must be one of/,
    );
  });
});

describe('ReviewDates', () => {
  const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const dates = { last: at('2026-11-22'), next: at('2027-11-22'), by: 'Evidence editor' };

  test('a change after the review is shown on the review line: "Page last reviewed: … · Last changed: …"', async () => {
    const root = await render(ReviewDates, { ...dates, changed: at('2026-12-01') });
    const line = root.querySelector('[data-review-dates] p')!;
    expect(plain(line.text)).toBe('Page last reviewed: 22 November 2026 · Last changed: 1 December 2026');
    // The review date comes first (JSON-LD lastReviewed), the change after it.
    expect(line.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-22', '2026-12-01']);
  });

  test('with no change note, or only older ones, only the review date is shown', async () => {
    for (const changed of [undefined, at('2026-11-01'), at('2026-11-22')]) {
      const root = await render(ReviewDates, { ...dates, changed });
      expect(root.querySelector('[data-last-changed]'), String(changed)).toBeNull();
      expect(plain(root.querySelector('[data-review-dates] p')!.text)).toBe('Page last reviewed: 22 November 2026');
    }
  });
});

describe('GetHelp', () => {
  test('a sign with its level instruction, a sign with its own action, and a level, from the data, in one <strong>', async () => {
    const night = await render(GetHelp, { sign: 'fixture-night' });
    expect(night.querySelectorAll('*').length).toBe(1);
    expect(night.querySelector('strong')!.getAttribute('data-get-help')).toBe('urgent');
    expect(plain(night.text)).toBe(`${URGENT.replace(/:$/, '')} a fixture sign about pain at night.`);
    expect(plain((await render(GetHelp, { sign: 'fixture-chest' })).text)).toBe(
      'If you have back pain and a fixture sign about your chest, call an ambulance. Do not go by car.',
    );
    expect(plain((await render(GetHelp, { level: 'emergency' })).text)).toBe(
      'Call your emergency number or go to A&E now.',
    );
  });
});
