import type { APIRoute } from 'astro';
import { getEmergencyNumbers } from '../../data/content.ts';
import { countriesIn } from '../../domain/emergencyTable.ts';

/** Every place's emergency numbers, in Spanish: see ../emergency-numbers.json.ts. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(countriesIn(getEmergencyNumbers(), 'es')), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
