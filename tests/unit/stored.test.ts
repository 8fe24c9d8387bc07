import { afterEach, describe, expect, it, vi } from 'vitest';

// BaseElement.ts defines a class on HTMLElement as it loads: a bare stand-in
// (needed only while it loads) lets stored() be tested here, away from a
// browser, with a stand-in localStorage.
vi.stubGlobal('HTMLElement', class {});
const { stored } = await import('../../src/browser/BaseElement.ts');

/** A stand-in for localStorage holding `entries`; its contents are in `entries` after. */
function useStorage(entries: Record<string, string> = {}): Map<string, string> {
  const map = new Map(Object.entries(entries));
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  });
  return map;
}

afterEach(() => vi.unstubAllGlobals());

describe('stored', () => {
  it('keeps a value under bsg-<name>, and forgets it on null or ""', () => {
    const store = useStorage();
    const saved = stored('plan-start');
    expect(saved.key).toBe('bsg-plan-start');
    expect(saved.read()).toBeNull();
    saved.write('2026-11-18');
    expect(Object.fromEntries(store)).toEqual({ 'bsg-plan-start': '2026-11-18' });
    saved.write('');
    expect(store.size).toBe(0);
  });

  it('moves a value saved before the prefix to the new key on first read', () => {
    const store = useStorage({ 'back-spasm-guide:emergency-region': 'AU' });
    const saved = stored('emergency-region');
    expect(saved.read()).toBe('AU');
    expect(Object.fromEntries(store)).toEqual({ 'bsg-emergency-region': 'AU' });
    expect(saved.read()).toBe('AU');
  });

  it('keeps the newer value when both keys hold one, and drops the old key', () => {
    const store = useStorage({ 'back-spasm-guide:plan-start': '2026-01-01', 'bsg-plan-start': '2026-11-18' });
    expect(stored('plan-start').read()).toBe('2026-11-18');
    expect(Object.fromEntries(store)).toEqual({ 'bsg-plan-start': '2026-11-18' });
  });

  it('reads null and writes nothing when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    const saved = stored('ice-heat-timer');
    expect(saved.read()).toBeNull();
    expect(() => saved.write('x')).not.toThrow();
  });
});
