import type { APIRoute } from 'astro';
import { getEmergencyNumbers } from '../data/content.ts';
import { countriesIn } from '../domain/emergencyTable.ts';

/**
 * Every place's emergency numbers, in English, sorted by name: fetched by the
 * care cards only when the reader opens the country picker, or their country
 * is not one the page carries inline (src/browser/emergencyCall.ts).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(countriesIn(getEmergencyNumbers(), 'en')), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
