/**
 * The site's names in the browser: every custom element is <bsg-...> and
 * every value it keeps in localStorage is under `bsg-<name>` (stored() in
 * BaseElement.ts; tests/unit/elements.test.ts checks the elements).
 */
export const PREFIX = 'bsg-';

/**
 * The keys before the bsg- prefix: `back-spasm-guide:<name>`. A value still
 * under one moves to its new key the first time it is read, so a reader's
 * saved country, timer or plan start survives the rename.
 */
export const FORMER_PREFIX = 'back-spasm-guide:';
