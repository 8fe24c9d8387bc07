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
  article: {},

  /** Components writers use in MDX: care cards, do and don't lists, callouts, diagrams, the timer. */
  components: {},

  /** The tools' pages and their labels: the self-check, the plan and the tool list. */
  tools: {},

  /** Search: the header box, the search page and its results. */
  search: {},
} as const;
