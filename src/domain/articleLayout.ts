/**
 * Whether an article's body opens with its care cards (as "When to get help"
 * does). Such a page leads with the cards: after the title and "In short" come
 * the cards, with no lede or contents list pushing them below the first screen
 * of a phone.
 */
export function leadsWithCareCards(body: string | undefined): boolean {
  return /^\s*<CareCard\b/.test(body ?? '');
}

/**
 * The first emergency care card an article's body shows, as written:
 * `<CareCard level="emergency" />` gives `{ ids: undefined }`, one with
 * `ids={["a", "b"]}` gives those ids; null when the body has none (the page's
 * "Warning signs" link then goes to the page on when to get help).
 */
export function firstEmergencyCard(body: string | undefined): { ids: string[] | undefined } | null {
  for (const tag of (body ?? '').matchAll(/<CareCard\b[^>]*\/>/g)) {
    if (!/\blevel=["']emergency["']/.test(tag[0])) continue;
    const ids = /\bids=\{\[([^\]]*)\]\}/.exec(tag[0])?.[1];
    return { ids: ids === undefined ? undefined : [...ids.matchAll(/["']([^"']+)["']/g)].map((id) => id[1]!) };
  }
  return null;
}
