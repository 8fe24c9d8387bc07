/**
 * Every interface text of the English edition: labels, buttons, headings and
 * messages that are not content. Content (articles, warning signs, the
 * tools' messages) lives in content/. Each section belongs to one part of
 * the site; keep its keys in the order they appear on the page.
 * src/i18n/es.ts must have exactly the same keys (a type error otherwise).
 */
export const en = {
  /** The page chrome: header, footer, breadcrumbs, contents, share, review dates. */
  layout: {
    skipLink: 'Skip to main content',
    languageLink: 'Español',
    languageLinkLabel: 'Leer esta página en español',
  },

  /** Pages that are not articles: home, topics, glossary, sources, about, editorial, accessibility, 404, offline. */
  pages: {},

  /** The article page: its dates, sources, related pages and translation notes. */
  article: {
    home: 'Home',
    /** What every article is about, for structured data. */
    about: 'Back spasm',
    related: 'Related pages',
    disclaimer:
      'This page gives general information, not a diagnosis. If you are worried about your back pain, or it is not getting better, speak to a doctor, nurse, pharmacist or physiotherapist.',
    /** Translated pages only (the English pages are the originals). */
    translatedOn: (date: string) => `Translated from English on ${date}.`,
    readEnglish: 'Read the English page',
    outOfDateTitle: 'This translation may be out of date',
    outOfDate: 'The English page has changed since this page was translated. Until it is updated, the English page is the one to trust.',
  },

  /** Components writers use in MDX: care cards, do and don't lists, callouts, diagrams, the timer. */
  components: {},

  /** The tools' pages and their labels: the self-check, the plan and the tool list. */
  tools: {},

  /** Search: the header box, the search page and its results. */
  search: {},
} as const;
