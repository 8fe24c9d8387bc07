/**
 * Every interface text of the Spanish edition, in plain, neutral Spanish
 * (usted) that readers in Spain and the Americas both understand. The keys
 * are those of src/i18n/en.ts: a missing or extra one is a type error.
 */
import type { Shape } from './dictionary.ts';
import type { en } from './en.ts';

export const es: Shape<typeof en> = {
  layout: {
    skipLink: 'Saltar al contenido principal',
    languageLink: 'English',
    languageLinkLabel: 'Read this page in English',
  },

  pages: {},

  article: {
    home: 'Inicio',
    about: 'Espasmo de espalda',
    related: 'Páginas relacionadas',
    disclaimer:
      'Esta página da información general, no un diagnóstico. Si le preocupa su dolor de espalda, o no mejora, hable con un médico, una enfermera, un farmacéutico o un fisioterapeuta.',
    translatedOn: (date: string) => `Traducida del inglés el ${date}.`,
    readEnglish: 'Lea la página en inglés',
    outOfDateTitle: 'Puede que esta traducción no esté al día',
    outOfDate:
      'La página en inglés cambió después de traducir esta. Hasta que la actualicemos, fíese de la página en inglés.',
  },

  components: {},

  tools: {},

  search: {},
};
