import type { APIRoute } from 'astro';
import { getEmergencyNumbers } from '../../data/content.ts';
import { countriesIn } from '../../domain/emergencyTable.ts';
import { localeOfParam, localePaths } from '../../i18n/routes.ts';

/** One table per language: /emergency-numbers.json, /es/emergency-numbers.json (src/i18n/routes.ts). */
export const getStaticPaths = localePaths;

/**
 * Every place's emergency numbers, in the language's words, sorted by name:
 * fetched by the care cards only when the reader opens the country picker, or
 * their country is not one the page carries inline (src/browser/emergencyCall.ts).
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(countriesIn(getEmergencyNumbers(), localeOfParam(params.lang))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
