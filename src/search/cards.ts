/**
 * The care cards a search shows, in the order that answers the query: the
 * card that lists a sign the reader named comes first, open, with that sign
 * at its top and marked; the level's other cards follow, folded away in a
 * closed <details>. The words on the cards never change (they come from
 * content/red-flags.yaml through CareCard.astro): only their order and
 * what is folded. Loaded with the search code, on first use.
 */

/** A care card as the page lists it: its id (data-card-group) and its signs' ids, in page order. */
export interface CardSigns {
  card: string;
  signs: readonly string[];
}

export interface CardArrangement {
  /** Shown open, first: the cards that list a sign the query mentions, each with those signs first. */
  open: CardSigns[];
  /** The other cards, in page order, folded. */
  folded: CardSigns[];
  /** The signs to mark as the ones the query mentions. */
  marked: string[];
}

/**
 * Which cards open and in what order for the signs a query mentions (ids,
 * from the search engine). Cards that list one of them come first, in page
 * order (most serious first), with the mentioned signs moved to their top in
 * page order; every other card is folded. When no card lists a mentioned
 * sign (an index that does not name signs), every card stays open, as the
 * page lists them.
 */
export function arrangeCards(cards: readonly CardSigns[], mentioned: readonly string[]): CardArrangement {
  const wanted = new Set(mentioned);
  const open: CardSigns[] = [];
  const folded: CardSigns[] = [];
  const marked: string[] = [];
  for (const { card, signs } of cards) {
    const named = signs.filter((sign) => wanted.has(sign));
    if (named.length === 0) {
      folded.push({ card, signs: [...signs] });
      continue;
    }
    open.push({ card, signs: [...named, ...signs.filter((sign) => !wanted.has(sign))] });
    marked.push(...named);
  }
  if (open.length === 0) return { open: folded, folded: [], marked: [] };
  return { open, folded, marked };
}

/** Marks a sign the query mentions (CSS in SiteSearch.astro and HeaderSearch.astro). */
export const MARKED_ATTRIBUTE = 'data-sign-matched';

const placeOf = (element: HTMLElement) => Number(element.dataset.place ?? 0);
const byPlace = (a: HTMLElement, b: HTMLElement) => placeOf(a) - placeOf(b);

/**
 * Puts the care cards inside `root` in the order arrangeCards() gives for
 * `mentioned`: open cards into root's [data-care-open], the others into its
 * <details data-care-folded>, closed (and hidden when it has none). Each
 * element's place on the page is noted once (data-place), so every query
 * starts from the page's order. Nothing moves when the arrangement is the one
 * already shown, so a fold the reader opened stays open while they type.
 */
export function showCards(root: HTMLElement, mentioned: readonly string[]): void {
  const open = root.querySelector<HTMLElement>('[data-care-open]');
  const folded = root.querySelector<HTMLDetailsElement>('details[data-care-folded]');
  if (!open || !folded) return;
  const sections = [...root.querySelectorAll<HTMLElement>('[data-care-card]')];
  const signsOf = (section: HTMLElement) => [...section.querySelectorAll<HTMLElement>('li[data-red-flag]')];
  if (root.dataset.cardsPlaced === undefined) {
    sections.forEach((section, i) => {
      section.dataset.place = String(i);
      signsOf(section).forEach((sign, j) => (sign.dataset.place = String(j)));
    });
    root.dataset.cardsPlaced = '';
  }
  sections.sort(byPlace);
  const cards = sections.map((section) => ({
    card: section.dataset.cardGroup ?? '',
    signs: signsOf(section)
      .sort(byPlace)
      .map((sign) => sign.dataset.redFlag ?? ''),
  }));
  const arrangement = arrangeCards(cards, mentioned);
  const key = JSON.stringify(arrangement);
  if (root.dataset.cardsShown === key) return;
  root.dataset.cardsShown = key;
  const marked = new Set(arrangement.marked);
  const put = (target: HTMLElement, list: readonly CardSigns[]) => {
    for (const { card, signs } of list) {
      const section = sections.find((s) => s.dataset.cardGroup === card);
      if (!section) continue;
      target.append(section);
      const items = signsOf(section);
      for (const id of signs) {
        const item = items.find((sign) => sign.dataset.redFlag === id);
        item?.parentElement?.append(item);
        item?.toggleAttribute(MARKED_ATTRIBUTE, marked.has(id));
      }
    }
  };
  put(open, arrangement.open);
  put(folded, arrangement.folded);
  folded.open = false;
  folded.hidden = arrangement.folded.length === 0;
}

/** Attributes that name another element by id: a copy's must name the copy's own. */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * A copy of one of the page's care cards for the header's search popup, as
 * HeaderCard.astro makes the popup's own: every id prefixed "header-", so it
 * never clashes with the card on the page, and the card named "From your
 * search:" (#header-card-label) plus its heading.
 */
export function headerCopy(card: HTMLElement): HTMLElement {
  const copy = card.cloneNode(true) as HTMLElement;
  for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
    if (element.id) element.id = `header-${element.id}`;
    for (const name of ID_REFERENCES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const ids = value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => `header-${id}`);
      element.setAttribute(
        name,
        name === 'aria-labelledby' && element === copy ? ['header-card-label', ...ids].join(' ') : ids.join(' '),
      );
    }
  }
  return copy;
}
