/**
 * Text rules shared by the schemas and the search, kept at the bottom layer
 * so that the schemas never import from src/search. The index (at build
 * time), the query (in the browser) and the synonym schema all normalise
 * text with this one function, so they always agree.
 */

/**
 * Lower case, no accents, no apostrophes ("can't" -> "cant"), "&" joins
 * ("A&E" -> "ae"), and every other non-letter or digit becomes one space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(?<=\p{L})&(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
