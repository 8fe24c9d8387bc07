import { describe, expect, test } from 'vitest';
import {
  activeAfterRedraw,
  comboboxKey,
  resultsStatus,
  searchPageHref,
  type ComboboxState,
} from '../../../src/search/combobox.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';

const state = (over: Partial<ComboboxState> = {}): ComboboxState => ({
  open: true,
  active: -1,
  count: 3,
  hasValue: true,
  ...over,
});

describe('the header combobox keys (WAI-ARIA pattern)', () => {
  test('ArrowDown moves down and wraps to the first option; on a closed list it opens at the first', () => {
    expect(comboboxKey('ArrowDown', state())).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', state({ active: 1 }))).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowDown', state({ active: 2 }))).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', state({ open: false, active: 1 }))).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKey('ArrowDown', state({ count: 0 }))).toEqual({ kind: 'none' });
  });

  test('ArrowUp moves up and wraps to the last option; it does nothing on a closed list', () => {
    expect(comboboxKey('ArrowUp', state())).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowUp', state({ active: 0 }))).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowUp', state({ active: 2 }))).toEqual({ kind: 'move', active: 1 });
    expect(comboboxKey('ArrowUp', state({ open: false }))).toEqual({ kind: 'none' });
  });

  test('Enter follows the active option; with none it is left to the form (which opens /search/?q=)', () => {
    expect(comboboxKey('Enter', state({ active: 1 }))).toEqual({ kind: 'follow' });
    expect(comboboxKey('Enter', state())).toEqual({ kind: 'none' });
    expect(comboboxKey('Enter', state({ open: false, active: 1 }))).toEqual({ kind: 'none' });
    expect(comboboxKey('Enter', state({ active: 3 }))).toEqual({ kind: 'none' });
  });

  test('Escape closes an open list, then clears the box, then does nothing', () => {
    expect(comboboxKey('Escape', state({ active: 1 }))).toEqual({ kind: 'close' });
    expect(comboboxKey('Escape', state({ open: false }))).toEqual({ kind: 'clear' });
    expect(comboboxKey('Escape', state({ open: false, hasValue: false }))).toEqual({ kind: 'none' });
    expect(comboboxKey('a', state())).toEqual({ kind: 'none' });
  });
});

describe('what the header search says and links to', () => {
  test('the search page address keeps the base path and encodes the query', () => {
    expect(searchPageHref('/', 'ice & heat')).toBe('/search/?q=ice%20%26%20heat');
    expect(searchPageHref('/guide/', 'cant pee')).toBe('/guide/search/?q=cant%20pee');
  });

  test('the live status counts the results and points to the emergency advice when it shows', () => {
    const words = en.search.client;
    expect(resultsStatus(0, false, words)).toBe('No results');
    expect(resultsStatus(1, false, words)).toBe('1 result');
    expect(resultsStatus(4, false, words)).toBe('4 results');
    expect(resultsStatus(2, true, words, words.emergencyAbove)).toBe(
      '2 results. Your search mentions an emergency sign: read the emergency advice above',
    );
  });

  test('in Spanish, the status and the pointer to the emergency advice are Spanish', () => {
    const words = es.search.client;
    expect(resultsStatus(0, false, words)).toBe('Ningún resultado');
    expect(resultsStatus(1, false, words)).toBe('Un resultado');
    expect(resultsStatus(4, false, words)).toBe('4 resultados');
    expect(resultsStatus(2, true, words, words.emergencyAbove)).toBe(
      '2 resultados. Su búsqueda menciona una señal de alarma de emergencia: lea los consejos de emergencia más arriba',
    );
    expect(searchPageHref('/es/', 'ciática')).toBe('/es/search/?q=ci%C3%A1tica');
  });
});

describe('the active option when the list is drawn again', () => {
  test('it stays on the page the reader chose, wherever that is now', () => {
    expect(activeAfterRedraw('/b/', ['/a/', '/b/', '/c/'])).toBe(1);
    expect(activeAfterRedraw('/b/', ['/new/', '/a/', '/b/'])).toBe(2);
  });

  test('none when nothing was chosen, or the chosen page is no longer listed', () => {
    expect(activeAfterRedraw(undefined, ['/a/'])).toBe(-1);
    expect(activeAfterRedraw('/gone/', ['/a/', '/b/'])).toBe(-1);
  });
});
