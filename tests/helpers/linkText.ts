/** Link texts that say nothing about where the link goes. */
const VAGUE = new Set([
  'click',
  'click here',
  'here',
  'read more',
  'more',
  'learn more',
  'find out more',
  'more info',
  'more information',
  'link',
  'this link',
  'this page',
  'go',
]);

/**
 * Why a link's accessible name fails WCAG 2.4.4 (link purpose), or undefined
 * when it is fine: empty, vague ("click here", "read more"), or a bare web
 * address or site path.
 */
export function linkTextProblem(name: string): string | undefined {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text === '') return 'has no text';
  const plain = text
    .toLowerCase()
    .replace(/[.,:;!?…)\]»›→]+$/u, '')
    .replace(/^[([«‹]+/u, '')
    .trim();
  if (VAGUE.has(plain)) return 'says nothing about where it goes';
  if (/^(?:https?:\/\/|www\.|\/)\S*$/i.test(plain) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i.test(plain)) {
    return 'is a bare web address; use words that say what the page is';
  }
  return undefined;
}
