/**
 * Every interface text of the English edition: labels, buttons, headings and
 * messages that are not content. Content (articles, warning signs, the
 * tools' messages) lives in content/. Each section belongs to one part of
 * the site; keep its keys in the order they appear on the page.
 * src/i18n/es.ts must have exactly the same keys (a type error otherwise).
 */
import { SITE } from '../site.ts';
import { cycleInWords, gapLength, goLength, hoursInWords, skinCheck, type IceHeatNumbers } from '../domain/iceHeat.ts';

export const en = {
  /** The page chrome: header, footer, breadcrumbs, contents, share, review dates. */
  layout: {
    skipLink: 'Skip to main content',
    /** The link to this language from a page in another, in this language: a short code, then (for screen readers only) the rest of its name. */
    languageLink: 'EN',
    languageLinkLabel: ': read this page in English',
    siteName: SITE.name,
    tagline: SITE.tagline,
    description: SITE.description,
    disclaimer: SITE.disclaimer,
    /** The page's <title>: the page's own title, then the site name. */
    titleWithName: (title: string) => `${title} | ${SITE.name}`,
    homeTitle: `${SITE.name}: ${SITE.tagline}`,
    rssTitle: `${SITE.name}: new and updated pages`,
    rssDescription: `New and updated pages. ${SITE.tagline}.`,
    imageAlt: (title: string) => `${title} (${SITE.name})`,
    pageAddress: 'This page:',
    getHelp: 'Get help now',
    mainNav: 'Main',
    navTopics: 'Topics',
    navTools: 'Tools',
    navAbout: 'About',
    searchToggle: 'Search',
    /** The "Search" toggle's words while search is open as a panel over the page (a phone). */
    searchClose: 'Close search',
    /** The link to the page's warning signs that stays at the foot of the screen on a long page (SignsLink.astro). */
    signsLink: 'Warning signs',
    footerNav: 'Footer',
    footerTopics: 'All topics',
    footerSources: 'Our sources',
    footerAbout: 'About this guide',
    footerEditorial: 'How we make our pages',
    footerAccessibility: 'Accessibility',
    footerGetHelp: 'When to get help',
    footerNote: `${SITE.name}: general health information, checked against published evidence. No adverts, no products, no tracking.`,
    footerEmergency: 'In an emergency, call your local emergency number:',
    footerNumbers: 'every country’s emergency number',
    breadcrumbLabel: 'Breadcrumb',
    home: 'Home',
    contents: 'Contents',
    inShort: 'In short',
    changeLog: 'What changed on this page',
    firstPublished: 'page first published.',
    feedUpdated: (date: string) => `Updated ${date}:`,
    lastReviewed: 'Page last reviewed:',
    /** After the review date, when a "What changed" note is newer. */
    lastChanged: 'Last changed:',
    nextReview: 'Next review due:',
    /** "Checked by" with the reviewer's role, such as "Evidence editor". */
    checkedBy: (role: string) =>
      `Checked by: our ${role.toLowerCase()}, who checked this page against its sources. No doctor or other clinician has reviewed it yet.`,
    howWeCheck: 'How we make and check our pages',
    sources: 'Sources',
    updated: 'updated',
    sourceKinds: {
      guideline: 'Clinical guideline',
      'systematic-review': 'Systematic review',
      trial: 'Clinical trial',
      cohort: 'Cohort study',
      review: 'Review',
      'patient-information': 'Patient information',
      regulator: 'Regulator',
    },
    share: 'Share',
    shareLabel: 'Share this page',
    copyLink: 'Copy link',
    email: 'Email',
    textMessage: 'Text message',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy the link: copy it from the address bar',
    print: 'Print this page',
    /** "Listen to this page" (ListenPage.astro): the page read aloud by the browser's own voice. */
    listen: {
      label: 'Listen to this page',
      play: 'Listen',
      pause: 'Pause',
      resume: 'Resume',
      stop: 'Stop',
      slower: 'Slower',
      faster: 'Faster',
      /** Before the speed, such as "Speed: 1.2×". */
      speed: 'Speed:',
      /** Beside each section heading, before the heading's words. */
      fromHere: 'Listen from here:',
    },
    reportProblem: 'Report a problem with this page',
    reportNote: ' (opens your email app)',
  },

  /**
   * Pages that are not articles: home, topics, glossary, sources, 404, offline. Their prose (the home page's
   * steps, about, editorial policy, accessibility) is content: content/pages/ (src/schemas/page.ts).
   */
  pages: {
    home: {
      rightNow: 'Right now',
      toolsHeading: 'Tools for the worst moments',
      searchHeading: 'Search the guide',
      searchLabel: 'Type a question or a few words, like "how long should I rest"',
      searchButton: 'Search',
      topicsHeading: 'Topics',
      recentHeading: 'New and updated pages',
    },
    glossary: {
      title: 'Glossary: medical words explained',
      description:
        'Plain-English meanings of the medical words used in the Back Spasm Guide, from acute and chronic to sciatica and spinal stenosis.',
      heading: 'Glossary',
      lede: 'What the medical words on this site mean, in plain English.',
      alsoCalled: (aliases: string) => ` (also called ${aliases})`,
      source: 'Source',
      sources: 'Sources',
    },
    sources: {
      title: 'Our sources',
      description:
        'Every source the Back Spasm Guide relies on: clinical guidelines, research reviews and national health services, with the pages that cite each one.',
      lede: 'Every medical statement on this site comes from one of these sources. We prefer clinical guidelines, systematic reviews and national health services.',
      citedIn: 'Cited in:',
    },
    emergencyNumbers: {
      title: 'Emergency numbers in every country',
      description:
        'The number to call for an ambulance in every country the guide lists, what the emergency department is called there, and where to get help the same day, with the official sources.',
      lede: 'If you have back pain and an emergency warning sign, call the emergency number of the country you are in, or go to its emergency department. Where a country has more than one number, the first is the one to try first.',
      regionsLabel: 'Regions',
      regions: {
        europe: 'Europe',
        'north-america': 'North America',
        'central-america': 'Central America',
        caribbean: 'The Caribbean',
        'south-america': 'South America',
        africa: 'Africa',
        asia: 'Asia',
        oceania: 'Oceania',
      },
      ambulance: 'Ambulance',
      department: 'Emergency department',
      sameDay: 'Same-day help, not an emergency',
      note: 'Note',
      sources: 'Sources',
      read: (date: string) => `read by an editor on ${date}`,
      unverified: 'not yet checked by an editor',
    },
    topics: {
      title: 'All topics',
      description: 'Every topic in the Back Spasm Guide, from first aid and ice or heat to when to get help.',
      crumb: 'Topics',
      empty: 'We are still writing the pages for this topic. Meanwhile, see ',
      allTopics: 'all topics',
    },
    notFound: {
      title: 'Page not found',
      description: 'We could not find that page. Search the Back Spasm Guide or browse its topics.',
      intro: 'We could not find that page. If you typed the address, check it is right.',
      /** "If you need help now, see <link>." around the link to when to get help. */
      helpNow: { before: 'If you need help now, see ', link: 'when to get help for back pain', after: '.' },
      searchLabel: 'Search the guide',
      searchButton: 'Search',
      topicsHeading: 'Or choose a topic',
      home: 'Go to the home page',
      /**
       * For a reader of the other language who lands here (most hosts serve one 404 page for
       * every missing address): in that language, with a link to its home page.
       */
      /** For readers of this language on another language's 404 page, in this language. */
      inThisLanguage: { text: 'Looking for a page in English?', link: 'Go to the English home page' },
    },
    offline: {
      title: 'You are offline',
      description:
        'There is no signal, and this page is not saved on your device. These pages still open: when to get help, and the tools.',
      lede: 'There is no signal, and this page is not saved on your device yet.',
      saved: 'These pages are saved, so they open without a signal:',
      getHelp: 'When to get help for back pain',
      home: 'Home page',
    },
    /** The link-preview image of pages that are not articles. */
    ogTitle: 'Back spasm: what to do now',
  },

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
    outOfDate:
      'The English page has changed since this page was translated. Until it is updated, the English page is the one to trust.',
  },

  /** Components writers use in MDX: care cards, do and don't lists, callouts, diagrams, the timer. */
  components: {
    callout: { important: 'Important: ' },
    doDont: { do: 'Do', dont: "Don't" },
    /** The name of a table's scrolling box: its column headings. */
    table: { label: 'Table', withHeadings: (headings: string) => `Table: ${headings}` },
    /** The "link to this section" control beside article headings. */
    copyLink: {
      label: 'Link to section:',
      copied: 'Link copied',
      failed: 'Could not copy: the link is in the address bar',
    },
    /** The emergency care card's call buttons and number picker (the card's instructions are CARE_WORDS). */
    careCard: {
      call: 'Call',
      yourCountry: 'Your country:',
      chooseCountry: 'Choose your country',
      /** The fold of the other countries' numbers, under a card that leads with the reader's country. */
      notIn: 'Not in {country}?',
      everyCountry: 'Every country’s emergency number',
      /** The link to a same-day route's website, on an urgent card. */
      online: '{route} online',
      department: 'A&E is the emergency department (ER).',
      afterCalls: 'Do not drive yourself. Do not wait to see if it gets better.',
    },
    /** How the ice and heat numbers are said (src/domain/iceHeat.ts for English). */
    iceHeat: {
      goLength: (item: IceHeatNumbers) => goLength(item),
      gapLength: (item: IceHeatNumbers) => gapLength(item),
      skinCheck: (item: IceHeatNumbers) => skinCheck(item),
      cycle: (item: IceHeatNumbers) => cycleInWords(item),
      hours: (minutes: number) => hoursInWords(minutes),
    },
    timer: {
      kind: 'What are you using?',
      minutes: 'Minutes on',
      whenUp: 'When time is up',
      sound: 'Play a short sound',
      notify: 'Show a notification (your browser will ask you first)',
      start: 'Start the timer',
      timeLeft: 'Time left',
      nextGoIn: 'Next go in',
      startNext: 'Start the next go',
      cancel: 'Cancel the timer',
      close: 'Close the timer',
      /** The countdown for screen readers ({n} is a number). */
      durations: { now: 'now', minute: '1 minute', minutes: '{n} minutes', hour: '1 hour', hours: '{n} hours' },
    },
    firstDays: {
      title: 'The first days of a back spasm at a glance',
      desc: 'Bars show how much rest, movement, ice or heat you may need in each phase: a short bar is a little, a tall bar is a lot, and no bar is none. Rest is greatest in the first hours and should stop by day 2. Movement grows each day. Ice or heat helps early and can carry on. Get help at once for an emergency warning sign, at any time. See a doctor if you are not starting to get better after 2 weeks.',
      helpBand: 'Warning sign: get help now, any day',
      scaleName: 'How tall a bar is:',
      noBar: 'no bar: none',
      scale: ['a little', 'some', 'a lot'],
      inWords: 'The first days, in words',
      caption: 'Taller bars mean more of that thing. Drawn from the sources on this page.',
    },
    cycle: {
      title: 'The ice and heat cycle',
      desc: (name: string, cycle: string) =>
        `${name}: on for ${cycle}, and until your skin is back to normal, then on again if it helps.`,
      lane: (name: string, length: string) => `${name}: ${length} on`,
      on: (minutes: number) => `up to ${minutes} min`,
      off: (hours: number) => `at least ${hours} hours off`,
      next: 'next go',
      inWords: 'The cycle, in words',
      item: (what: string, cycle: string) => `use ${what} for ${cycle}.`,
      captionBefore: 'Solid bars: the pack is on. Striped gaps: the pack is off (not to scale).',
      captionAfter: 'These times are a common tip that has not been tested in studies; sources differ.',
    },
    positions: { caption: 'Ways to rest that many people find easier on the back.' },
    steps: {
      start: 'Start',
      end: 'End',
      caption: 'Start and end positions. Move slowly, only as far as feels comfortable. This is practical advice.',
    },
  },

  /** The tools' labels: the self-check, the timer, the plan and the tool list (their pages' prose is in content/pages/). */
  tools: {
    home: 'Home',
    tools: 'Tools',
    disclaimer: SITE.disclaimer,
    /** The tool list, in the order of TOOLS in src/data/tools.ts. */
    list: {
      'do-i-need-help': {
        title: 'Do I need help?',
        description: 'Answer yes or no to each warning sign and see what to do next. It is not a diagnosis.',
      },
      'ice-heat-timer': {
        title: 'Ice and heat timer',
        description: 'Time each go of ice or heat, and know when to take it off and when the next go is allowed.',
      },
      'recovery-plan': {
        title: 'Day-by-day plan',
        description: 'What to do and what to expect on days 1 to 14, and after 2 to 6 weeks. Print it on one page.',
      },
    },
    check: {
      yes: 'Yes',
      no: 'No',
      clear: 'Clear my answers',
      firstHours: 'What to do in the first 48 hours',
      howLongToRest: 'How long to rest',
      timer: 'Ice and heat timer',
      plan: 'Day-by-day plan',
    },
    timer: {
      setTimer: 'Set the timer',
      fallback: 'The timer needs JavaScript. Use the times below with a kitchen timer or a phone alarm.',
      what: 'What to use',
      howLong: 'How long each time',
      beforeNext: 'Before the next go',
      waits: (gapLength: string) => `The timer waits ${gapLength}, then asks you to check your skin.`,
    },
    plan: {
      show: 'Show my day',
      forget: 'Forget the date',
      print: 'Print the plan',
      days: 'Days in the plan',
      day: (day: number) => `Day ${day}`,
      today: 'Today:',
      expect: 'What to expect:',
      getHelp: 'Get help:',
    },
  },

  /** Search: the header box, the search page and its results. */
  search: {
    /** The search page (/search/). */
    pageTitle: 'Search',
    pageDescription:
      "Search the Back Spasm Guide in your own words, for example: ice or heat, how long to rest, or can't pee.",
    pageHeading: 'Search the guide',
    /** After the emergency note, which search.astro writes from the nerve signs' own words (CARE_WORDS). */
    emergencyNoteLink: 'Every warning sign and what to do',
    browseTopics: 'Browse by topic',
    /** The header's box. */
    headerFormLabel: 'Site',
    headerBoxLabel: 'Search the guide',
    headerPlaceholder: 'Search, for example: ice or heat',
    button: 'Search',
    /** Names the emergency card in the header's list: "From your search: ...". */
    headerCardLabel: 'From your search:',
    /** Folds away the care cards that do not list the sign a search mentions. */
    otherSigns: 'Other warning signs',
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
