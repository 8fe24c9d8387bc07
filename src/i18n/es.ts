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

  search: {
    pageTitle: 'Buscar',
    pageDescription:
      'Busque en la Guía del espasmo de espalda con sus propias palabras, por ejemplo: hielo o calor, cuánto reposo o no puedo orinar.',
    pageHeading: 'Buscar en la guía',
    emergencyNoteBefore:
      'Si de repente tiene debilidad en las dos piernas, adormecimiento alrededor de las nalgas o los genitales, o no puede controlar la vejiga o los intestinos, vea',
    emergencyNoteLink: 'cuándo pedir ayuda',
    emergencyNoteAfter: 'ahora mismo.',
    browseTopics: 'Ver por tema',
    headerFormLabel: 'Sitio',
    headerBoxLabel: 'Buscar en la guía',
    headerPlaceholder: 'Buscar, por ejemplo: hielo o calor',
    button: 'Buscar',
    headerCardLabel: 'Según su búsqueda:',
    pageFormLabel: 'Esta página',
    pageBoxLabel: '¿Qué quiere saber?',
    pageBoxHint: 'Use sus propias palabras, por ejemplo: me dio un tirón, cuánto tiempo el hielo, no puedo orinar.',
    noScript:
      'Los resultados aparecen aquí mientras escribe si JavaScript está activado. Sin JavaScript, vea los temas más abajo.',
    empty: 'Ninguna página coincide con su búsqueda. Pruebe con menos palabras o con otras, o bien:',
    emptyHelpLink: 'vea cuándo pedir ayuda por un dolor de espalda',
    emptyTopicsLink: 'vea los temas',
    client: {
      noResults: 'Ningún resultado',
      oneResult: '1 resultado',
      manyResults: '{n} resultados',
      emergencyStatus:
        '{found}. Su búsqueda menciona una señal de alarma de emergencia: lea los consejos de emergencia{where}',
      emergencyAbove: ' más arriba',
      unknownOne: 'Ninguna página usa la palabra {words}, así que se ha dejado fuera.',
      unknownMany: 'Ninguna página usa las palabras {words}, así que se han dejado fuera.',
      or: 'o',
      openQuote: '«',
      closeQuote: '»',
      seeAll: 'Ver todos los resultados',
      listLabel: 'Resultados de la búsqueda',
      headerError: 'La búsqueda no funciona ahora. Pulse Intro para abrir la página de búsqueda.',
      pageError: 'La búsqueda no funciona ahora. Vea los temas más abajo.',
      pageHint: 'Los resultados aparecen abajo mientras escribe. Elija uno para ir directo a esa parte de la página.',
    },
  },
};
