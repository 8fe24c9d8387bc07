/**
 * <bsg-emergency-call>: leads an emergency care card (src/components/content/CareCard.astro)
 * with the reader's country: its number in the heading and as a call button
 * in the heading band (on the first screen wherever the heading is), its
 * other numbers, its emergency department's name, and the other countries
 * folded behind "Not in ...?" with a picker of every place. Unknown country:
 * the page's words as written, the common numbers and the picker. See
 * careCountry.ts for where the country and the numbers come from.
 *
 * Its own module, imported by the card's script (EmergencyCardScript.astro)
 * and by the tools and search that show cards: a card in the header's inert
 * <template> brings no script. A module runs once a page.
 */
import { CountryElement, callButton, choose, data, fill, loadAll, places } from './careCountry.ts';
import type { CountryNumbers } from '../domain/emergencyNumber.ts';

class EmergencyCall extends CountryElement {
  /** The heading and the department line as the page wrote them (no country). */
  private said: string[] = [];

  override connectedCallback(): void {
    // Read once, as the page wrote them: show() changes them.
    if (!this.said.length) {
      this.said = [this.at('[data-care-instruction]')!.textContent!, this.at('[data-department]')!.textContent!];
    }
    super.connectedCallback();
    const signal = this.signal;
    const select = this.at<HTMLSelectElement>('select')!;
    select.addEventListener('change', () => choose(select.value), { signal });
    // Every place, once the reader reaches for the picker.
    for (const type of ['focus', 'pointerdown']) select.addEventListener(type, loadAll, { signal });
    this.at('details')!.addEventListener('toggle', loadAll, { signal });
    this.at('[data-region-picker]')!.hidden = false;
  }

  /** A part of this element's card (the heading is outside the element). */
  private at<T extends HTMLElement = HTMLElement>(selector: string): T | null | undefined {
    return this.closest('[data-care-card]')?.querySelector<T>(selector);
  }

  protected show(country: CountryNumbers | null): void {
    const { words } = data();
    const name = country ? (country.in ?? country.name) : '';
    const [first = '', ...others] = country?.numbers ?? [];
    this.dataset.region = country?.code ?? 'all';
    this.at('[data-care-instruction]')!.textContent = country
      ? fill(words.heading, { number: first, go: country.go })
      : this.said[0]!;
    this.at('[data-department]')!.textContent = country
      ? fill(words.department, { country: name, department: country.department })
      : this.said[1]!;

    // The number's call button, in the heading band.
    let lead = this.at('[data-lead]');
    if (!lead) {
      lead = document.createElement('p');
      lead.className = 'care-card__lead';
      lead.dataset.lead = '';
      this.at('[data-care-heading]')!.append(lead);
    }
    lead.hidden = !country;
    lead.replaceChildren(...(country ? [callButton(first, 'call-button call-button--lead')] : []));
    const own = this.at('[data-own]')!;
    own.replaceChildren(...others.map((number) => callButton(number)));
    own.hidden = others.length === 0;

    // Known: the other countries fold behind "Not in ...?". Unknown: the common numbers and the picker, open.
    const elsewhere = this.at('details')!;
    const picking = this.at('[data-choose]')!;
    elsewhere.hidden = !country;
    elsewhere.firstElementChild!.textContent = fill(words.notIn, { country: name });
    if (country) elsewhere.append(picking);
    else elsewhere.after(picking);
    // Unknown: the reader is to pick, so every place.
    if (!country) loadAll();

    // The picker lists every place the page knows, sorted for the page's language.
    const select = this.at<HTMLSelectElement>('select')!;
    if (select.options.length !== places.size + 1) {
      const collator = new Intl.Collator(document.documentElement.lang);
      select.replaceChildren(
        select.options[0]!,
        ...[...places.values()]
          .sort((a, b) => collator.compare(a.name, b.name))
          .map((place) => new Option(place.name, place.code)),
      );
    }
    select.value = country?.code ?? '';
  }
}

if (!customElements.get('bsg-emergency-call')) customElements.define('bsg-emergency-call', EmergencyCall);
