/** The tools for the worst moments, in the order the site lists them. */
export const TOOLS = [
  {
    path: '/tools/do-i-need-help/',
    title: 'Do I need help?',
    description: 'Answer yes or no to each warning sign and see what to do next. It is not a diagnosis.',
  },
  {
    path: '/tools/ice-heat-timer/',
    title: 'Ice and heat timer',
    description: 'Time each go of ice or heat, and know when to take it off and when the next go is allowed.',
  },
  {
    path: '/tools/recovery-plan/',
    title: 'Day-by-day plan',
    description: 'What to do and what to expect on days 1 to 14, and after 2 to 6 weeks. Print it on one page.',
  },
] as const;

/**
 * Pages the service worker saves on the first visit, so urgent advice opens
 * with no signal. Pages a reader opens are saved as they go.
 */
export const OFFLINE_PAGES = [
  '/',
  '/tools/',
  ...TOOLS.map((tool) => tool.path),
  '/articles/when-to-get-help/',
  '/offline/',
];

/**
 * The same pages in Spanish. Its home and offline pages are always built;
 * the others are saved once the build has them (the Spanish tools and
 * articles are added one by one), and the build logs the ones it has not.
 */
export const OFFLINE_PAGES_ES = OFFLINE_PAGES.map((page) => `/es${page}`);
export const OFFLINE_REQUIRED_ES = ['/es/', '/es/offline/'];
