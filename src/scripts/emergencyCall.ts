/**
 * <emergency-call>: leads an emergency care card (src/components/content/CareCard.astro)
 * with the reader's number. Its own module, imported by the card's <script> and by the
 * tools that show cards (the self-check, the plan): a page whose first care card sits
 * in the header's inert <template> gets the card's <script> inside that template, where
 * it never runs, so the tools load the element themselves. A module runs once a page.
 */
import {
  EMERGENCY_REGION_KEY,
  chooseEmergencyNumber,
  isEmergencyRegion,
  type EmergencyNumber,
  type NumberChoice,
} from '../utils/emergencyNumber.ts';

const CHANGED = 'emergency-region-change';

function saved(): string | null {
  try {
    return localStorage.getItem(EMERGENCY_REGION_KEY);
  } catch {
    return null;
  }
}

function save(region: string): void {
  try {
    if (isEmergencyRegion(region)) localStorage.setItem(EMERGENCY_REGION_KEY, region);
    else localStorage.removeItem(EMERGENCY_REGION_KEY);
  } catch {
    // Storage can be off (private mode): the choice then lasts for this page only.
  }
}

/** Leads an emergency card with the reader's number: its heading, and its call button first. */
class EmergencyCall extends HTMLElement {
  /** New each time the element joins the page: search moves cards between places (src/search/cards.ts). */
  private controller = new AbortController();
  /*
   * Everything the card says comes from the page, in its language: the heading
   * with {number} (data-heading), the heading without a number (as the page
   * shows it), and the numbers in the page's order (its call buttons).
   */
  private heading = '';
  private noNumber = '';
  private numbers: EmergencyNumber[] = [];

  connectedCallback(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.heading = this.dataset.heading ?? '';
    this.noNumber ||= this.instruction?.textContent ?? '';
    // Read once, in the page's order: show() reorders the buttons.
    if (this.numbers.length === 0)
      this.numbers = [...this.querySelectorAll<HTMLAnchorElement>('[data-calls] [data-region]')].map((button) => ({
        region: button.dataset.region as EmergencyNumber['region'],
        number: button.getAttribute('href')?.replace('tel:', '') ?? '',
        where: '',
      }));
    const signal = this.controller.signal;
    const select = this.querySelector<HTMLSelectElement>('[data-region-select]');
    select?.addEventListener(
      'change',
      () => {
        save(select.value);
        // Every emergency card on the page follows the choice, not only this one.
        window.dispatchEvent(new CustomEvent(CHANGED, { detail: select.value }));
      },
      { signal },
    );
    window.addEventListener(CHANGED, (event) => this.show(this.choose((event as CustomEvent<string>).detail)), {
      signal,
    });
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key === EMERGENCY_REGION_KEY) this.show(this.choose(saved()));
      },
      { signal },
    );
    const picker = this.querySelector<HTMLElement>('[data-region-picker]');
    if (picker) picker.hidden = false;
    this.show(this.choose(saved()));
  }

  disconnectedCallback(): void {
    this.controller.abort();
  }

  private get instruction(): Element | null | undefined {
    return this.closest('[data-care-card]')?.querySelector('[data-care-instruction]');
  }

  private choose(region: string | null): NumberChoice {
    const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
    // "Show every number" is a choice too: it sets no region, so neither does the language.
    if (region === '') return chooseEmergencyNumber([], null, this.numbers);
    return chooseEmergencyNumber(languages, region, this.numbers);
  }

  private show(choice: NumberChoice): void {
    const instruction = this.instruction;
    if (instruction) {
      instruction.textContent = choice.chosen ? this.heading.replace('{number}', choice.chosen.number) : this.noNumber;
    }
    const calls = this.querySelector<HTMLElement>('[data-calls]');
    if (calls) {
      for (const entry of choice.order) {
        const button = calls.querySelector<HTMLElement>(`[data-region="${entry.region}"]`);
        if (!button) continue;
        button.classList.toggle('call-button--chosen', entry === choice.chosen);
        calls.append(button);
      }
    }
    const select = this.querySelector<HTMLSelectElement>('[data-region-select]');
    if (select) select.value = choice.chosen?.region ?? '';
    this.dataset.region = choice.chosen?.region ?? 'all';
  }
}

if (!customElements.get('emergency-call')) customElements.define('emergency-call', EmergencyCall);
