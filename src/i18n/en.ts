/**
 * Every interface text of the English edition: labels, buttons, headings and
 * messages that are not content. Content (articles, warning signs, the
 * tools' messages) lives in content/. Each section belongs to one part of
 * the site; keep its keys in the order they appear on the page.
 * src/i18n/es.ts must have exactly the same keys (a type error otherwise).
 */
import { SITE } from '../site.ts';
import { cycleInWords, gapLength, goLength, hoursInWords, skinCheck, type IceHeatNumbers } from '../utils/iceHeat.ts';

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
      yourNumber: 'Your emergency number:',
      everyNumber: 'Show every number',
      afterCalls: 'A&E is the emergency department (ER). Do not drive yourself. Do not wait to see if it gets better.',
    },
    /** How the ice and heat numbers are said (src/utils/iceHeat.ts for English). */
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

  /** The tools' pages and their labels: the self-check, the plan and the tool list. */
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
    index: {
      title: 'Tools for the worst moments',
      description:
        'Free tools for a back spasm: check the warning signs, time ice or heat, and follow a day-by-day plan. Private, and they work offline.',
      lede: 'Small tools to help you through a back spasm. They run on your device: nothing you enter is sent anywhere, and once you have opened them, they work without a signal.',
    },
    check: {
      title: 'Do I need help? Check the warning signs',
      description:
        'Answer yes or no to the warning signs that come with back pain, and see whether you need help now, today, or can look after it at home.',
      lede: 'Most back pain is not serious. Answer each question to see if you need help, and how soon.',
      notDiagnosis: 'This is not a diagnosis.',
      onlyChecks: 'It only checks the warning signs from our page on',
      whenToGetHelp: 'when to get help',
      ifWorried: '. If you are worried, get help anyway.',
      private: 'Your answers stay on this device. They are not sent anywhere and not saved.',
      yes: 'Yes',
      no: 'No',
      clear: 'Clear my answers',
      firstHours: 'What to do in the first 48 hours',
      howLongToRest: 'How long to rest',
      timer: 'Ice and heat timer',
      plan: 'Day-by-day plan',
    },
    timer: {
      title: 'Ice and heat timer',
      description:
        'A simple timer for ice or heat on a back spasm: when to take it off, when the next go is allowed, and a reminder to check your skin.',
      lede: 'Time each go of ice or heat, and know when the next one is allowed.',
      setTimer: 'Set the timer',
      fallback: 'The timer needs JavaScript. Use the times below with a kitchen timer or a phone alarm.',
      timings: 'How long and how often?',
      untested:
        'These times are a common tip that has not been tested in studies. Health services give different times.',
      what: 'What to use',
      howLong: 'How long each time',
      beforeNext: 'Before the next go',
      waits: (gapLength: string) => `The timer waits ${gapLength}, then asks you to check your skin.`,
      skin: 'How do I keep my skin safe?',
      wrap: 'Never put ice or heat straight on your skin: always wrap it.',
      checkOften: 'Check your skin often, and take the pack off if it hurts or your skin feels sore.',
      noBoiling: 'Never use boiling water.',
      askFirst:
        'Ask a doctor, nurse, pharmacist or physiotherapist first if you have numb skin, poor blood flow, or diabetes that has damaged your nerves.',
      readMore: 'Read more:',
      timingLink: 'how long and how often to use ice or heat',
      and: ', and',
      chooseLink: 'ice or heat: how to choose',
    },
    plan: {
      title: 'Day-by-day plan for a back spasm',
      description:
        'What to do and what to expect each day of a back spasm, from day 1 to day 14 and after 2 to 6 weeks: rest, movement, ice or heat, and when to get help.',
      lede: 'What to do and what to expect each day, from day 1 to day 14. Everyone is different, so use it as a guide.',
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
  search: {},
} as const;
