import { z } from 'zod';
import { dateSchema, idSchema, text } from './fields.ts';

/**
 * The prose of the pages that are not articles (home, about, editorial
 * policy, accessibility, the tools' pages): one Markdown file a page and a language,
 * content/pages/<page>.mdx (English) and content/pages/<locale>/<page>.mdx,
 * read and checked by loadSite() like an article.
 */
export const PAGES_DIR = 'content/pages';

/** Each prose page and the address it is built at (the file name is the page's name). */
export const PROSE_PAGES = {
  home: '/',
  about: '/about/',
  'editorial-policy': '/editorial-policy/',
  accessibility: '/accessibility/',
  tools: '/tools/',
  'do-i-need-help': '/tools/do-i-need-help/',
  'ice-heat-timer': '/tools/ice-heat-timer/',
  'recovery-plan': '/tools/recovery-plan/',
} as const;
export type ProsePageName = keyof typeof PROSE_PAGES;
export const prosePageNames = Object.keys(PROSE_PAGES) as ProsePageName[];
export const isProsePageName = (name: string): name is ProsePageName => Object.hasOwn(PROSE_PAGES, name);

/**
 * The pages that lay their prose out around their own parts (a tool, a list
 * made from data): the ids of the headings whose sections they place, in
 * order. Such a page shows nothing before its first heading, so its body
 * starts with one; an empty list means the page shows only its title and lede.
 * The other pages show their whole body.
 */
export const PAGE_SECTIONS: Partial<Record<ProsePageName, readonly string[]>> = {
  tools: [],
  'ice-heat-timer': ['timings', 'skin'],
  'recovery-plan': [],
};

/** A prose page's file, in English or translated. */
export const PAGE_FILE = /^content\/pages\/(?:[a-z]{2}\/)?[a-z0-9][a-z0-9-]*\.mdx$/;

/** Frontmatter of an English prose page. */
export const pageSchema = z.strictObject({
  /** The page's <h1> and <title>. */
  title: text(3, 70),
  /** The meta description. */
  description: text(50, 200),
  /** The first paragraph, under the title. */
  lede: text(20, 250),
  /** When the page's statement was last reviewed, for <LastReviewed /> (the accessibility statement). */
  reviewed: dateSchema.optional(),
});

/** Frontmatter of a translated prose page: its words, and the English version it translates. */
export const translatedPageSchema = pageSchema.omit({ reviewed: true }).extend({
  translation: z.strictObject({
    /** The English page's name: the file name, content/pages/<of>.mdx. */
    of: idSchema,
    /** The hash of the English words translated, as `npm run translations` prints it. */
    hash: z
      .string({ error: 'must be the hash npm run translations prints (in quotes)' })
      .regex(/^[0-9a-f]{16}$/, { error: 'must be the 16-character hash npm run translations prints' }),
    /** The day the translation was made or last brought up to date. */
    date: dateSchema,
  }),
});

export type PageData = z.output<typeof pageSchema>;
export type TranslatedPageData = z.output<typeof translatedPageSchema>;

/**
 * A run of text in a prose page: plain text, bold or italic text, a link (a
 * site path, written in the page's language), and the values the page fills
 * in: the feedback link, the review period in years, the review date.
 */
export type Inline =
  | { readonly text: string }
  | { readonly strong: readonly Inline[] }
  | { readonly em: readonly Inline[] }
  | { readonly href: string; readonly children: readonly Inline[] }
  | { readonly feedbackLink: readonly Inline[] }
  | { readonly value: PageValue };

/** A value a page fills in: the review period in years, the review date, the advice on heat at night. */
export type PageValue = 'reviewYears' | 'lastReviewed' | 'heatAtNight';

/** When a block shows: only with a feedback address, or only without one. */
export type BlockCase = 'feedback' | 'no-feedback';

/** A block of a prose page: a heading with its id, a paragraph, or a list. */
export type PageBlock =
  | { readonly h2: readonly Inline[]; readonly id: string }
  | { readonly p: readonly Inline[]; readonly when?: BlockCase }
  | { readonly ul: readonly (readonly Inline[])[]; readonly when?: BlockCase }
  | { readonly ol: readonly (readonly Inline[])[]; readonly when?: BlockCase };

/** A checked prose page, as pages render it. */
export interface ProsePage {
  file: string;
  name: ProsePageName;
  title: string;
  description: string;
  lede: string;
  /** The English page's review date (a translation shares it). */
  reviewed?: Date | undefined;
  blocks: readonly PageBlock[];
}

/** A component a prose page may use, with its props. */
const noProps = z.strictObject({});
export const pageComponents: Record<string, z.ZodType> = {
  /** A "##" heading with a fixed id (the same in every language): <Heading id="who-we-are">Who we are</Heading>. */
  Heading: z.strictObject({ id: idSchema }),
  /** Paragraphs shown only when the site has a feedback address (FEEDBACK_EMAIL). */
  Feedback: noProps,
  /** Paragraphs shown only when it has none. */
  NoFeedback: noProps,
  /** A link that opens an email to the feedback address about this page. */
  FeedbackLink: noProps,
  /** How often every page is reviewed in full, in years (MAX_REVIEW_YEARS). */
  ReviewYears: noProps,
  /** The page's `reviewed` date, in the page's language. */
  LastReviewed: noProps,
  /** The advice on heat at night (heatAtNight in content/self-care.yaml, in the page's language). */
  HeatAtNight: noProps,
};
