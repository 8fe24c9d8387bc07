import type { SearchRecord } from '../../../src/schemas/search.ts';

const record = (slug: string, title: string, heading: string, anchor: string, text: string): SearchRecord => ({
  slug,
  anchor,
  title,
  heading,
  description: `Sobre ${title.toLowerCase()}.`,
  tags: [],
  keywords: [],
  text,
});

/** A tiny Spanish site: three articles, with accents, plurals and stop words. */
export const resultItemFixture: SearchRecord[] = [
  record(
    'que-es',
    '¿Qué es un espasmo de espalda?',
    '¿Cuánto dura un espasmo?',
    'cuanto-dura',
    'Un espasmo dura unos días.',
  ),
  record('que-es', '¿Qué es un espasmo de espalda?', 'Los músculos', 'los-musculos', 'Los músculos se tensan.'),
  record('ciatica', 'Otras causas', '¿Qué es la ciática?', 'que-es-la-ciatica', 'La ciática baja por la pierna.'),
  record('hielo', 'Hielo o calor', '¿Ayuda el calor?', 'ayuda-el-calor', 'El calor alivia un poco el dolor.'),
];
