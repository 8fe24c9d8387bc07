/**
 * The HTML of a run of a prose page's text (src/schemas/page.ts): text
 * escaped, links through `href` (the site's base path), bold and italic
 * words, and the values the page fills in. Pure.
 */
import type { Inline, PageValue } from '../schemas/page.ts';

export interface ProseValues {
  /** The address the feedback link opens (a mailto: with the page's title and address); empty when there is none. */
  feedback: string;
  /** How often every page is reviewed in full, in years. */
  reviewYears: string;
  /** The page's review date, in its language; empty when it has none. */
  lastReviewed: string;
  /** The advice on heat at night, in the page's language; empty when the page does not give it. */
  heatAtNight: string;
}

/** Each value's component, for messages. */
const COMPONENTS: Record<PageValue, string> = {
  reviewYears: '<ReviewYears />',
  lastReviewed: '<LastReviewed />',
  heatAtNight: '<HeatAtNight />',
};

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** A value the page needs that it was not given: an error, so no empty link or gap reaches a reader. */
function needed(value: string, what: string): string {
  if (!value) throw new Error(`page prose: no value for ${what}`);
  return value;
}

const NO_VALUES: ProseValues = { feedback: '', reviewYears: '', lastReviewed: '', heatAtNight: '' };

export function inlineHtml(
  runs: readonly Inline[],
  href: (path: string) => string,
  values: ProseValues = NO_VALUES,
): string {
  return runs
    .map((run) => {
      if ('text' in run) return escapeText(run.text);
      if ('strong' in run) return `<strong>${inlineHtml(run.strong, href, values)}</strong>`;
      if ('em' in run) return `<em>${inlineHtml(run.em, href, values)}</em>`;
      if ('feedbackLink' in run) {
        const mail = needed(values.feedback, '<FeedbackLink> (the feedback address)');
        return `<a href="${escapeAttribute(mail)}">${inlineHtml(run.feedbackLink, href, values)}</a>`;
      }
      if ('href' in run)
        return `<a href="${escapeAttribute(href(run.href))}">${inlineHtml(run.children, href, values)}</a>`;
      return escapeText(needed(values[run.value], COMPONENTS[run.value]));
    })
    .join('');
}
