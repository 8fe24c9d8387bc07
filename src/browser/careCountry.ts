/**
 * What the care cards' elements share (<bsg-emergency-call> in emergencyCall.ts,
 * <bsg-same-day-route> in sameDayRoute.ts): the reader's country, the places the
 * page knows, and the words to say them with.
 *
 * The country is the reader's saved choice (localStorage bsg-emergency-region,
 * on the device only; see stored() in BaseElement.ts) or the browser's language region (src/domain/emergencyNumber.ts). The page
 * carries a few common countries and the words once, on the first card it
 * rendered (data-emergency-page), perhaps inside the header's inert template;
 * every place comes from the full table (/emergency-numbers.json, in the
 * page's language), fetched only when the picker opens or the reader's
 * country is not one the page carries.
 */
import { BaseElement, stored } from './BaseElement.ts';
import { chooseCountry, type CountryNumbers } from '../domain/emergencyNumber.ts';

/** The reader's chosen country, a code such as "GB", on the device only. */
const saved = stored('emergency-region');

/** The reader chose a country, or every place arrived: every card on the page follows. */
export const CHANGED = 'emergency-region-change';

/** The words with {placeholders}, from CARE_WORDS and the dictionary. */
interface Words {
  heading: string;
  department: string;
  notIn: string;
  route: string;
  online: string;
  call: string;
}

interface PageData {
  words: Words;
  countries: CountryNumbers[];
  /** The full table's address. */
  table: string;
}

let page: PageData | undefined;
/** The places by code: the page's few, then every one once fetched. */
export const places = new Map<string, CountryNumbers>();
let asked = false;
/** The reader's choice on this page, "" for none; undefined until they choose. */
let pageChoice: string | undefined;

/** What every card shares, read once from the card that carries it. */
export function data(): PageData {
  if (!page) {
    const find = (root: ParentNode) => root.querySelector<HTMLElement>('[data-emergency-page]');
    const holder =
      find(document) ?? [...document.querySelectorAll('template')].map((t) => find(t.content)).find(Boolean);
    page = JSON.parse(holder!.dataset.emergencyPage!) as PageData;
    for (const country of page.countries) places.set(country.code, country);
  }
  return page;
}

/** Every place, once (again later if it failed, such as offline); then every card updates. */
export function loadAll(): void {
  if (asked) return;
  asked = true;
  fetch(data().table)
    .then((response) => response.json() as Promise<CountryNumbers[]>)
    .then((list) => {
      for (const country of list) places.set(country.code, country);
      window.dispatchEvent(new Event(CHANGED));
    })
    // Offline, say: the cards keep the places they have, and the next reach for the picker tries again.
    .catch(() => (asked = false));
}

/** The reader's country, or null (unknown, or they chose none); asks for every place when the page lacks it. */
export function readerCountry(): CountryNumbers | null {
  data();
  // Storage can be off (private mode): then only a choice on this page counts.
  const choice = pageChoice ?? saved.read();
  // "Choose your country" chosen on this page: no country, whatever the language says.
  if (choice === '') return null;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const code = chooseCountry(languages, choice, (c) => places.has(c)).code;
  // A country the page does not carry: every place, then the card shows it.
  if (chooseCountry(languages, choice, () => true).code !== code) loadAll();
  return code ? places.get(code)! : null;
}

/** Keeps the reader's choice on the device ("" forgets it) and tells every card. */
export function choose(code: string): void {
  pageChoice = code;
  // Storage can be off (private mode): the choice then lasts for this page only.
  saved.write(code || null);
  window.dispatchEvent(new Event(CHANGED));
}

export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

/** A tel: link; non-breaking spaces, so "Call 999" never splits. */
export function callButton(number: string, className = 'call-button'): HTMLAnchorElement {
  const button = document.createElement('a');
  button.className = className;
  button.href = `tel:${number.replace(/ /g, '')}`;
  button.textContent = `${data().words.call} ${number}`.replace(/ /g, '\u00a0');
  return button;
}

/**
 * An element that follows the reader's country: shown again when it changes,
 * its listeners gone when it leaves (and back when search moves its card, src/search/cards.ts).
 */
export abstract class CountryElement extends BaseElement {
  connectedCallback(): void {
    window.addEventListener(CHANGED, () => this.show(readerCountry()), { signal: this.signal });
    this.show(readerCountry());
  }

  protected abstract show(country: CountryNumbers | null): void;
}
