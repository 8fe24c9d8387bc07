/**
 * Whether an article's body opens with its care cards (as "When to get help"
 * does). Such a page leads with the cards: after the title and "In short" come
 * the cards, with no lede or contents list pushing them below the first screen
 * of a phone.
 */
export function leadsWithCareCards(body: string | undefined): boolean {
  return /^\s*<CareCard\b/.test(body ?? '');
}
