import { describe, expect, test } from 'vitest';
import { findForbidden } from '../../src/pipeline/checks/findForbidden.ts';

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

  test('clean Spanish health text passes', () => {
    const text =
      'Pregunte al farmacéutico por el ibuprofeno o el paracetamol (acetaminofén). Tome la dosis más baja que le ayude, durante el menor tiempo posible. Use calor de 10 a 20 minutos, varias veces al día. Levántese cada 2 horas. Camine dos veces al día. Unas 3 de cada 4 personas tienen otro episodio. Los nervios quedan comprimidos. Bajó el dolor más que una pastilla sin medicina (un placebo). No compre plantillas. Lea el prospecto de todo lo que compre. Una compresa caliente normal es barata.';
    expect(findForbidden(text)).toEqual([]);
  });

  test.each([
    ['Tómese un Nolotil.', 'brand', 'Nolotil'],
    ['Un Espidifen le ayudará.', 'brand', 'Espidifen'],
    ['Póngase Voltarén en gel.', 'brand', 'Voltaren'],
    ['Un Gelocatil o un Efferalgan.', 'brand', 'Gelocatil'],
    ['Un Gelocatil o un Efferalgan.', 'brand', 'Efferalgan'],
    ['Tome Dolex, Tempra o Mejoral.', 'brand', 'Tempra'],
    ['El Flanax baja la inflamación.', 'brand', 'Flanax'],
    ['Pruebe el Dolo-Neurobión.', 'brand', 'Dolo-Neurobion'],
    ['Lo venden en Mercado Libre.', 'brand', 'Mercado Libre'],
    ['¡Compre ya su faja!', 'selling', 'Compre ya'],
    ['Oferta de lanzamiento.', 'selling', 'Oferta'],
    ['Con un 20 % de descuento.', 'selling', 'descuento'],
    ['Envío gratis a todo el país.', 'selling', 'Envio gratis'],
    ['Resultado garantizado en 7 días.', 'selling', 'garantizado'],
    ['Una crema milagrosa para la espalda.', 'selling', 'milagrosa'],
    ['Use el cupón al pagar.', 'selling', 'cupon'],
    ['Tome 400 mg de ibuprofeno.', 'dose', '400 mg'],
    ['Tome 1 gramo de paracetamol.', 'dose', '1 gramo'],
    ['Tome 2 comprimidos con comida.', 'dose', '2 comprimidos'],
    ['Tome dos cápsulas al día.', 'dose', 'dos capsulas'],
    ['Tome tres pastillas.', 'dose', 'tres pastillas'],
    ['La dosis es de 500 al día.', 'dose', 'dosis es de 5'],
    ['Tome el ibuprofeno cada 8 horas.', 'dose', 'cada 8 horas'],
    ['El paracetamol se toma cada 6 a 8 horas.', 'dose', 'cada 6 a 8 horas'],
    ['Tome naproxeno dos veces al día.', 'dose', 'dos veces al dia'],
    ['Un analgésico 3 veces por día.', 'dose', '3 veces por dia'],
  ])('flags Spanish %s', (text, kind, match) => {
    expect(findForbidden(text)).toContainEqual({ kind, match });
  });

  test('matches with and without accents', () => {
    expect(findForbidden('voltaren y VOLTARÉN')).toEqual([
      { kind: 'brand', match: 'voltaren' },
      { kind: 'brand', match: 'VOLTAREN' },
    ]);
    expect(findForbidden('envio gratuito, código promocional')).toEqual([
      { kind: 'selling', match: 'envio gratuito' },
      { kind: 'selling', match: 'codigo promocional' },
    ]);
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
