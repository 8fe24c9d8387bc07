import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import GetHelp from '../../src/components/content/GetHelp.astro';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';

// <GetHelp> in both languages, over the fixture site with its Spanish edition
// (tests/helpers/siteFiles.ts): the emergency sign "bladder" and the urgent
// sign "fever", each in its own language's words with its level's instruction.

vi.mock('../../src/pipeline/readContent.ts', async () => {
  const { spanishSiteFiles } = await import('../helpers/siteFiles.ts');
  return (await import('../helpers/astroContent.ts')).mockedReadContent(spanishSiteFiles());
});
vi.mock('astro:content', async () => {
  const { spanishSiteFiles } = await import('../helpers/siteFiles.ts');
  const english = (await import('../helpers/astroContent.ts')).mockedAstroContent(spanishSiteFiles());
  // The Spanish articles' collection: GetHelp reads only the signs, so no entries are needed.
  return { getCollection: (name: string) => (name === 'articles' ? english.getCollection(name) : Promise.resolve([])) };
});

let container: AstroContainer;
beforeAll(async () => {
  // The site's languages, so Astro.currentLocale follows the page's address as in a build.
  // Only i18n is given; the container fills in the rest of the manifest.
  type Manifest = NonNullable<NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest']>;
  container = await AstroContainer.create({
    manifest: {
      i18n: {
        fallback: undefined,
        fallbackType: 'redirect',
        strategy: 'pathname-prefix-other-locales',
        locales: [...locales],
        defaultLocale,
        domainLookupTable: {},
        domains: undefined,
      },
    } as unknown as Manifest,
  });
});

async function render(props: Record<string, string>, path = '/articles/ice-or-heat/') {
  const html = await container.renderToString(GetHelp, { props, request: new Request(`http://localhost${path}`) });
  return parse(html);
}

describe('GetHelp', () => {
  test('English: the sign in its words with its level instruction, in one element', async () => {
    const root = await render({ sign: 'fever' });
    expect(root.childNodes.filter((n) => n.nodeType === 1)).toHaveLength(1);
    const strong = root.querySelector('strong')!;
    expect(strong.getAttribute('data-get-help')).toBe('urgent');
    expect(strong.text).toBe(
      'Get an urgent same-day appointment with a doctor, or call a non-emergency health line, if you have back pain and a high temperature.',
    );
  });

  test('Spanish: the Spanish words of the sign and the Spanish instruction', async () => {
    const fever = await render({ sign: 'fever' }, '/es/articles/ice-or-heat/');
    expect(fever.querySelector('strong')!.text).toBe(
      'Pida una cita urgente para hoy con un médico, o llame a una línea de salud que no sea de emergencias, si tiene dolor de espalda y fiebre alta.',
    );
    const bladder = await render({ sign: 'bladder' }, '/es/articles/ice-or-heat/');
    expect(bladder.querySelector('strong')!.getAttribute('data-get-help')).toBe('emergency');
    expect(bladder.querySelector('strong')!.text).toBe(
      'Llame a su número de emergencias o vaya a urgencias ahora si tiene dolor de espalda y problemas nuevos para orinar o hacer caca.',
    );
    const level = await render({ level: 'emergency' }, '/es/articles/ice-or-heat/');
    expect(level.querySelector('strong')!.text).toBe('Llame a su número de emergencias o vaya a urgencias ahora.');
  });

  test('bad props are refused with the component named', async () => {
    await expect(render({ sign: 'fever', level: 'urgent' })).rejects.toThrow(/<GetHelp> has invalid props/);
  });
});
