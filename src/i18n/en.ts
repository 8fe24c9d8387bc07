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
  search: {
    /** The search page (/search/). */
    pageTitle: 'Search',
    pageDescription:
      "Search the Back Spasm Guide in your own words, for example: ice or heat, how long to rest, or can't pee.",
    pageHeading: 'Search the guide',
    emergencyNoteBefore:
      'If you have sudden weakness in both legs, numbness around your bottom or genitals, or cannot control your bladder or bowels, see',
    emergencyNoteLink: 'when to get help',
    emergencyNoteAfter: 'now.',
    browseTopics: 'Browse by topic',
    /** The header's box. */
    headerFormLabel: 'Site',
    headerBoxLabel: 'Search the guide',
    headerPlaceholder: 'Search, for example: ice or heat',
    button: 'Search',
    /** Names the emergency card in the header's list: "From your search: ...". */
    headerCardLabel: 'From your search:',
    /** The search page's form and states. */
    pageFormLabel: 'This page',
    pageBoxLabel: 'What do you want to know?',
    pageBoxHint: "Use your own words, for example: threw my back out, how long ice, can't pee.",
    noScript: 'Results show here as you type when JavaScript is on. Without it, browse the topics below.',
    empty: 'No pages match your search. Try fewer or different words, or:',
    emptyHelpLink: 'see when to get help for back pain',
    emptyTopicsLink: 'browse the topics',
    /** What the search scripts say (src/search/words.ts), passed to them in data-words. */
    client: {
      noResults: 'No results',
      oneResult: '1 result',
      manyResults: '{n} results',
      emergencyStatus: '{found}. Your search mentions an emergency sign: read the emergency advice{where}',
      emergencyAbove: ' above',
      unknownOne: 'No pages use the word {words}, so it was left out.',
      unknownMany: 'No pages use the words {words}, so they were left out.',
      or: 'or',
      openQuote: '“',
      closeQuote: '”',
      seeAll: 'See all results',
      listLabel: 'Search results',
      headerError: 'Search is not working right now. Press Enter to open the search page.',
      pageError: 'Search is not working right now. Please browse the topics below.',
      pageHint: 'Results show below as you type. Pick one to go straight to that part of the page.',
    },
  },
} as const;
