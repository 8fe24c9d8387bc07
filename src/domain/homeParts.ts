/**
 * The parts of the home page's prose (content/pages/home.mdx): the numbered
 * steps, the note on sources under them, and the two paragraphs after the
 * emergency card. Pure; checkPages refuses a home page of another shape,
 * with its line, so the page always finds its parts.
 */
import type { Inline, PageBlock } from '../schemas/page.ts';

export interface HomeParts {
  steps: readonly (readonly Inline[])[];
  sourcesNote: readonly Inline[];
  notEmergency: readonly Inline[];
  scope: readonly Inline[];
}

/** What the home page's prose must be, for messages. */
export const HOME_SHAPE =
  'a numbered list of steps, then 3 paragraphs: where the advice comes from, "not an emergency", and who the guide is for';

/** The home page's parts, or undefined when its prose has another shape. */
export function homeParts(blocks: readonly PageBlock[]): HomeParts | undefined {
  const [steps, sourcesNote, notEmergency, scope, ...rest] = blocks;
  const paragraph = (block: PageBlock | undefined) =>
    block && 'p' in block && block.when === undefined ? block.p : undefined;
  const list = steps && 'ol' in steps && steps.when === undefined ? steps.ol : undefined;
  const [a, b, c] = [paragraph(sourcesNote), paragraph(notEmergency), paragraph(scope)];
  if (!list || !a || !b || !c || rest.length > 0) return undefined;
  return { steps: list, sourcesNote: a, notEmergency: b, scope: c };
}
