/**
 * How a page turns its prose (content/pages/, checked by loadSite) into HTML:
 * links with the site's base path, the feedback link with the page's title
 * and address, the review period and the page's review date.
 */
import { FEEDBACK_EMAIL } from '../../build/feedback/setting.ts';
import { feedbackMailto } from '../../domain/feedbackLink.ts';
import { formatDate } from '../../domain/formatDate.ts';
import { inlineHtml, type ProseValues } from '../../domain/proseHtml.ts';
import { absoluteUrl, withBase } from '../../domain/url.ts';
import { languageTags, localizePath, type Locale } from '../../i18n/index.ts';
import { MAX_REVIEW_YEARS } from '../../schemas/index.ts';
import { PROSE_PAGES, type Inline, type ProsePage } from '../../schemas/page.ts';

/** The HTML of a run of a page's text, in its language (`more`: values from the content, such as heatAtNight). */
export function proseHtml(
  page: ProsePage,
  locale: Locale,
  site: URL | undefined,
  more: Partial<ProseValues> = {},
): (runs: readonly Inline[]) => string {
  const base = import.meta.env.BASE_URL;
  const url = absoluteUrl(localizePath(PROSE_PAGES[page.name], locale), site ?? 'http://localhost:4321', base);
  const values = {
    feedback: FEEDBACK_EMAIL ? feedbackMailto(FEEDBACK_EMAIL, { title: page.title, url }) : '',
    reviewYears: String(MAX_REVIEW_YEARS),
    lastReviewed: page.reviewed ? formatDate(page.reviewed, languageTags[locale]) : '',
    heatAtNight: '',
    ...more,
  };
  return (runs) => inlineHtml(runs, (path) => withBase(path, base), values);
}

/** Which blocks show: those of every case, and those of the case that holds (a feedback address or none). */
export const blockCase = (): 'feedback' | 'no-feedback' => (FEEDBACK_EMAIL ? 'feedback' : 'no-feedback');
