/**
 * The small base every custom element of the site builds on, each named
 * <bsg-...> (tests/unit/elements.test.ts checks both): the tools, the care
 * cards' country elements, search, and the page's share, print and section
 * link controls. What each of them had written again: finding its
 * parts by data attribute, listeners that go when the element does, a form
 * field's error message, and scrolling that respects reduced motion. Logic
 * (what to show, when) stays in pure src/domain modules with unit tests; an
 * element only wires it to the page.
 */

import { FORMER_PREFIX, PREFIX } from './prefix.ts';

export abstract class BaseElement extends HTMLElement {
  #controller = new AbortController();

  /**
   * Aborted when the element leaves the page: pass it to addEventListener.
   * A new one once it has left, so an element that joins the page again (a
   * care card search moves, src/search/cards.ts) listens again.
   */
  protected get signal(): AbortSignal {
    return this.#controller.signal;
  }

  disconnectedCallback(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
  }

  /** The part marked data-<name> inside this element; throws if the markup lacks it. */
  protected child<T extends HTMLElement = HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-${name}]`);
    if (!element) throw new Error(`${this.localName}: missing [data-${name}]`);
    return element;
  }

  /**
   * Shows `message` in `error` as the field's error (aria-invalid, and the
   * message read with the hint), or clears it when `message` is null.
   * The hint and the error are found by their ids.
   */
  protected fieldError(field: HTMLInputElement, error: HTMLElement, hintId: string, message: string | null): void {
    error.textContent = message ?? '';
    error.hidden = message === null;
    if (message === null) {
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', hintId);
    } else {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', `${hintId} ${error.id}`);
    }
  }

  /** Scrolls `target` to the top of the view: smoothly, unless the reader asks for reduced motion. */
  protected scrollToView(target: HTMLElement): void {
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** Scrolls `target` into view, as scrollToView does, and focuses it. */
  protected scrollToAndFocus(target: HTMLElement): void {
    this.scrollToView(target);
    target.focus({ preventScroll: true });
  }
}

/**
 * One value in localStorage under `bsg-<name>`; a value still under its
 * former key (`back-spasm-guide:<name>`) moves there when first read. Storage
 * may be blocked (private browsing, settings): then reads give null and
 * writes do nothing, and the tool still works while the page is open.
 */
export function stored(name: string): { key: string; read(): string | null; write(value: string | null): void } {
  const key = PREFIX + name;
  const formerKey = FORMER_PREFIX + name;
  return {
    key,
    read() {
      try {
        const former = localStorage.getItem(formerKey);
        if (former !== null) {
          localStorage.removeItem(formerKey);
          // A value already under the new key is the newer one.
          if (localStorage.getItem(key) === null) localStorage.setItem(key, former);
        }
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        if (value) localStorage.setItem(key, value);
        else localStorage.removeItem(key);
      } catch {
        // Blocked storage: nothing is kept.
      }
    },
  };
}
