/**
 * The small base every tool island builds on (<bsg-ice-heat-timer>,
 * <bsg-recovery-plan>, <bsg-self-check>): what each of them had written again. Finding its
 * parts by data attribute, listeners that go when the element does, a form
 * field's error message, and scrolling that respects reduced motion. Logic
 * (what to show, when) stays in pure src/domain modules with unit tests; an
 * element only wires it to the page.
 */

/** The prefix of every custom element and storage key of this site. */
export const PREFIX = 'bsg-';

export abstract class BaseElement extends HTMLElement {
  readonly #controller = new AbortController();

  /** Aborted when the element leaves the page: pass it to addEventListener. */
  protected get signal(): AbortSignal {
    return this.#controller.signal;
  }

  disconnectedCallback(): void {
    this.#controller.abort();
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
 * One value in localStorage under `bsg-<name>`. Storage may be blocked
 * (private browsing, settings): then reads give null and writes do nothing,
 * and the tool still works while the page is open.
 */
export function stored(name: string): { key: string; read(): string | null; write(value: string | null): void } {
  const key = `${PREFIX}${name}`;
  return {
    key,
    read() {
      try {
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
