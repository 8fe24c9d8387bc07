/**
 * Browser helpers shared by the copy-link and share controls. Imported from
 * component <script>s, which Astro bundles.
 */

/** The page's clean address: its canonical link, or the address without query or fragment. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return canonical?.href || `${location.origin}${location.pathname}`;
}

/** Copies text with the Clipboard API; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const timers = new WeakMap<HTMLElement, number>();

/**
 * Shows a short message in a live region (role="status"), so it is both seen
 * and read out, then clears it. The region is emptied first so the same
 * message twice is announced twice.
 */
export function announce(status: HTMLElement, message: string, ms = 5000): void {
  window.clearTimeout(timers.get(status));
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
    timers.set(
      status,
      window.setTimeout(() => (status.textContent = ''), ms),
    );
  }, 50);
}
