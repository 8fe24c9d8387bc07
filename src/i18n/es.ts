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

  article: {},

  components: {},

  tools: {},

  search: {},
};
