import { describe, expect, test } from 'vitest';
import { findForbidden } from '../../src/utils/findForbidden.ts';

describe('findForbidden (the deny-list)', () => {
  test('clean health text passes', () => {
    const text =
      'Ask a pharmacist about ibuprofen or paracetamol (acetaminophen). Use heat for 10 to 20 minutes, up to a few times a day. Get up every 2 hours. Walk twice a day. About 3 in 4 people have another episode.';
    expect(findForbidden(text, ['https://www.nice.org.uk/guidance/ng59', 'https://doi.org/10.1136/bmj.n1446'])).toEqual(
      [],
    );
  });

  test.each([
    ['Try Nurofen for the pain.', 'brand', 'Nurofen'],
    ['A ThermaCare wrap helps.', 'brand', 'ThermaCare'],
    ['Rub on some Deep Heat.', 'brand', 'Deep Heat'],
    ['Heal-n-Soothe has 12 enzymes.', 'brand', 'Heal-n-Soothe'],
    ['Buy now and save.', 'selling', 'Buy now'],
    ['Use the discount at checkout.', 'selling', 'discount'],
    ['Take 400mg of ibuprofen.', 'dose', '400mg'],
    ['Take 2 tablets with food.', 'dose', '2 tablets'],
    ['The usual dose is 500 a day.', 'dose', 'dose is 5'],
    ['Take it every 4 hours.', 'dose', 'every 4 hours'],
    ['Take naproxen 2 times a day.', 'dose', '2 times a day'],
    ['Take 1 g of paracetamol.', 'dose', '1 g'],
    ['Take two tablets every 4 to 6 hours.', 'dose', 'two tablets'],
    ['No more than 4 doses in 24 hours.', 'dose', '4 doses'],
    ['Ibuprofen 3 times daily.', 'dose', '3 times daily'],
    ['Take one tablet four times a day.', 'dose', 'one tablet'],
  ])('flags %s', (text, kind, match) => {
    expect(findForbidden(text)).toContainEqual({ kind, match });
  });

  test('flags affiliate and tracking links', () => {
    expect(
      findForbidden('', [
        'https://example.org/pad?utm_source=x',
        'https://amzn.to/abc',
        'https://shop.example/p?tag=me-21',
      ]).map((m) => m.kind),
    ).toEqual(['tracking link', 'tracking link', 'tracking link']);
  });
});
