import { ABOUT_END, ABOUT_PAGE, ABOUT_TEXT, sectionsBody, spanishSiteFiles, withAboutBody } from '../siteFiles.ts';
import type { BadContentCase } from './case.ts';

// The prose pages (content/pages/, src/pipeline/checkPages.ts): read by loadSite()
// like articles, so their problems come with file and line. The fixture's
// about page has its body from line 7; text added with withAboutBody() is on ABOUT_END.

const ES_ABOUT = 'content/pages/es/about.mdx';
const TIMER_PAGE = 'content/pages/ice-heat-timer.mdx';
const PLAN_PAGE = 'content/pages/recovery-plan.mdx';

/** The fixture's timer page with another body (its body starts on line 7). */
const timerPage = (files: Record<string, string | Uint8Array>, body: string) =>
  String(files[TIMER_PAGE]).replace(sectionsBody(['timings', 'skin']), body);

const about = (name: string, extra: string, field: string, message: RegExp): BadContentCase => ({
  name,
  change: (files) => {
    files[ABOUT_PAGE] = withAboutBody(extra);
  },
  expected: { file: ABOUT_PAGE, line: ABOUT_END, field, message },
});

export const PAGES_CASES: BadContentCase[] = [
  // The writing rules of articles (src/pipeline/qualityRules.ts pageQualityProblems), in page prose too.
  about('a brand name in page prose', 'Try Nurofen for the pain.', 'text', /"Nurofen" names a brand/),
  about(
    'a 55-word sentence in page prose',
    'Rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest back rest.',
    'body',
    /^has a sentence of 55 words; the most is 30/,
  ),
  {
    name: 'a brand name in a Spanish page',
    change: (files) => {
      Object.assign(files, spanishSiteFiles());
      files[ES_ABOUT] = `${String(files[ES_ABOUT]).trimEnd()}\n\nPruebe Nurofen para el dolor.\n`;
    },
    expected: { file: ES_ABOUT, field: 'text', message: /"Nurofen" names a brand/ },
  },
  about(
    'a hidden character in page prose',
    'We write\u200B in plain words.',
    'text',
    /^has a hidden character, U\+200B/,
  ),
  about('code in page prose', 'We are {process.env.HOME}.', '{…}', /cannot run code/),
  about('raw HTML in page prose', '<iframe src="https://example.org/" />', '<iframe>', /never allowed/),
  about(
    'a Markdown heading in page prose (a heading needs its fixed id)',
    '## Who we are',
    'body',
    /^a Markdown heading \(#\) is not allowed in a page's prose: use .*<Heading id="\.\.\.">/,
  ),
  about(
    'an unknown component in page prose',
    '<DoDont do={["x"]} dont={["do not"]} />',
    '<DoDont>',
    /unknown component: use one of Heading, Feedback/,
  ),
  about('a broken link in page prose', 'See [this](/articles/nowhere/).', 'link', /no page at this address/),
  about(
    'an emergency number written into page prose',
    'If the pain spreads to your chest, call 999.',
    'body',
    /^names the emergency number 999/,
  ),
  about(
    'an ice time no self-care number gives, in page prose',
    'Use an ice pack for 30 minutes at a time.',
    'body',
    /30 minutes/,
  ),
  {
    name: 'page prose whose words changed with no record',
    change: (files) => {
      files[ABOUT_PAGE] = ABOUT_TEXT.replace('We are a small team.', 'We are a large team.');
    },
    expected: { file: ABOUT_PAGE, line: 2, field: 'title', message: /^its words changed since they were recorded/ },
  },
  {
    name: 'a prose page the site does not have',
    change: (files) => {
      files['content/pages/contact.mdx'] = ABOUT_TEXT;
    },
    expected: {
      file: 'content/pages/contact.mdx',
      field: 'file name',
      message: /is not one of the site's prose pages/,
    },
  },
  {
    name: 'a prose page that is missing',
    change: (files) => {
      delete files['content/pages/accessibility.mdx'];
    },
    expected: {
      file: 'content/pages/accessibility.mdx',
      field: 'file',
      message: /^is missing: the page accessibility/,
    },
  },
  {
    name: 'a home page whose prose is not the steps and 3 paragraphs',
    change: (files) => {
      files['content/pages/home.mdx'] = ABOUT_TEXT;
    },
    expected: {
      file: 'content/pages/home.mdx',
      line: 7,
      field: 'body',
      message: /^the home page's prose must be a numbered list/,
    },
  },
  {
    name: 'a Spanish page whose English changed after it was translated',
    change: (files) => {
      Object.assign(files, spanishSiteFiles());
      files[ABOUT_PAGE] = String(files[ABOUT_PAGE]).replace('We are a small team.', 'We are a large team.');
    },
    expected: {
      file: ES_ABOUT,
      line: 7,
      field: 'translation.hash',
      message: /^is out of date: content\/pages\/about\.mdx changed/,
    },
  },
  {
    name: 'a Spanish page whose heading ids are not the English page’s',
    change: (files) => {
      Object.assign(files, spanishSiteFiles());
      files[ES_ABOUT] = String(files[ES_ABOUT]).replace('id="who-we-are"', 'id="quienes-somos"');
    },
    expected: { file: ES_ABOUT, field: 'body', message: /headings' ids \(quienes-somos\) must be the English page's/ },
  },
  {
    name: 'a tool page without a section the page places around the tool',
    change: (files) => {
      files[TIMER_PAGE] = timerPage(files, sectionsBody(['timings']));
    },
    expected: {
      file: TIMER_PAGE,
      line: 7,
      field: 'body',
      message:
        /^must have only the sections the page places, in this order: <Heading id="timings">, <Heading id="skin">/,
    },
  },
  {
    name: 'a tool page with text before its first section (which the page would not show)',
    change: (files) => {
      files[TIMER_PAGE] = timerPage(files, `Text no one would see.\n\n${sectionsBody(['timings', 'skin'])}`);
    },
    expected: { file: TIMER_PAGE, line: 7, field: 'body', message: /with nothing before the first/ },
  },
  {
    name: 'a body on a tool page that shows only its title and lede',
    change: (files) => {
      files[PLAN_PAGE] = `${String(files[PLAN_PAGE])}Words the page would not show.\n`;
    },
    expected: {
      file: PLAN_PAGE,
      line: 7,
      field: 'body',
      message: /^must have no body: the page shows only its title and lede/,
    },
  },
];
