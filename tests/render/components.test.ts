import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import Callout from '../../src/components/content/Callout.astro';
import CareCard from '../../src/components/content/CareCard.astro';
import DoDont from '../../src/components/content/DoDont.astro';
import FirstDaysTimeline from '../../src/components/content/diagrams/FirstDaysTimeline.astro';
import IceHeatCycle from '../../src/components/content/diagrams/IceHeatCycle.astro';
import RestingPositions from '../../src/components/content/diagrams/RestingPositions.astro';

// The components writers put in MDX, rendered one at a time with Astro's
// container API over small fixture collections (tests/helpers/astroContent.ts
// stands in for astro:content), so each check needs no build.

vi.mock('astro:content', async () => {
  const { contentCollections, mockedAstroContent } = await import('../helpers/astroContent.ts');
  const { rawContent, validRedFlag: flag } = await import('../helpers/fixtures.ts');
  const selfCare = rawContent().selfCare.data as { iceHeat: Record<string, unknown>[] };
  return mockedAstroContent(
    contentCollections({
      redFlags: [
        flag('fixture-bladder', { text: 'a fixture sign about your bladder', position: 0 }),
        flag('fixture-legs', { text: 'a fixture sign about both legs', position: 1 }),
        flag('fixture-fever', { level: 'urgent', text: 'a fixture sign about a fever', position: 2 }),
        flag('fixture-weeks', { level: 'routine', text: 'a fixture sign that lasts weeks', position: 3 }),
      ],
      // A distinct name, so the diagram tests prove they draw from the fixture and not from content/.
      selfCare: [
        {
          ...selfCare,
          iceHeat: selfCare.iceHeat.map((item, i) => (i === 0 ? { ...item, name: 'Fixture ice' } : item)),
        },
      ],
    }),
  );
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props = {}, slot?: string) {
  const html = await container.renderToString(component, { props, slots: slot ? { default: slot } : {} });
  return parse(html);
}

const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((el) => el.text.trim());

describe('CareCard', () => {
  test('an emergency card lists every emergency sign in file order, under its heading, with no links', async () => {
    const card = await render(CareCard, { level: 'emergency' });
    const section = card.querySelector('section[data-care-card="emergency"]')!;
    expect(section).not.toBeNull();
    const heading = section.querySelector('h3')!;
    expect(heading.text).toMatch(/^Immediate action required: Call your local emergency number/);
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(texts(section, 'li')).toEqual(['a fixture sign about your bladder', 'a fixture sign about both legs']);
    expect(section.querySelectorAll('li').map((li) => li.getAttribute('data-red-flag'))).toEqual([
      'fixture-bladder',
      'fixture-legs',
    ]);
    expect(section.querySelectorAll('a')).toHaveLength(0);
    expect(section.text).toContain('Do not drive yourself.');
  });

  test('chosen ids show only those signs, at the heading level asked for', async () => {
    const card = await render(CareCard, { level: 'urgent', ids: ['fixture-fever'], headingLevel: 2 });
    expect(card.querySelector('h2')!.text).toMatch(/^Urgent advice: Get an urgent same-day appointment/);
    expect(texts(card, 'li')).toEqual(['a fixture sign about a fever']);
  });

  test('an id of another level, or none that exists, stops the render with the reason', async () => {
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
    ['ice-heat-cycle', IceHeatCycle],
    ['first-days', FirstDaysTimeline],
    ['resting-positions', RestingPositions],
  ] as const)('%s: a figure with a caption, and every drawing in it named', async (name, Diagram) => {
    const figure = (await render(Diagram)).querySelector(`figure[data-diagram="${name}"]`)!;
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
    expect(figure.querySelector('desc')!.text).toMatch(/^\s*Fixture ice: on for \d+ to \d+ minutes/);
    expect(figure.querySelector('details summary')!.text).toBe('The cycle, in words');
    expect(figure.querySelector('details li')!.text).toContain('Fixture ice');
  });
});
