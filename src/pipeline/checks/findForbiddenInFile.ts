/**
 * The deny-list (findForbidden.ts: brands, selling words, tracking links,
 * doses) over a file's text, each match at its line and column. A match that
 * runs over two lines ("take 2\ntablets") is found in the whole text and
 * reported at the line it starts on. Pure.
 */
import type { Problem } from '../../schemas/problems.ts';
import { findForbidden, foldAccents, type ForbiddenMatch } from './findForbidden.ts';

const ADVICE: Record<ForbiddenMatch['kind'], string> = {
  brand: 'names a brand: use the generic name (ibuprofen, a heat pack)',
  selling: 'uses a selling word: we sell nothing, say it plainly',
  'tracking link': 'is a tracking or affiliate link: link to the page itself',
  dose: 'gives a dose: say "ask a pharmacist" or "follow the leaflet" instead',
};

export const forbiddenMessage = (match: ForbiddenMatch): string => `"${match.match}" ${ADVICE[match.kind]}`;

/**
 * Every deny-list match in `text`, the text of `file` from line `firstLine`
 * (1 for a whole file; the frontmatter is text a reader reads too).
 */
export function findForbiddenInFile(file: string, text: string, firstLine = 1, field = 'text'): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const folded = foldAccents(line).toLowerCase();
    for (const match of findForbidden(line)) {
      const at = folded.indexOf(match.match.toLowerCase());
      seen.add(`${match.kind}:${match.match.toLowerCase()}`);
      problems.push({
        file,
        line: firstLine + index,
        ...(at >= 0 ? { column: at + 1 } : {}),
        field,
        message: forbiddenMessage(match),
      });
    }
  });
  // Matches across a line break: at the line and column where they start.
  const joined = lines.join(' ');
  for (const match of findForbidden(joined)) {
    if (seen.has(`${match.kind}:${match.match.toLowerCase()}`)) continue;
    const at = foldAccents(joined).toLowerCase().indexOf(match.match.toLowerCase());
    const index = at < 0 ? 0 : lineIndexAt(lines, at);
    const start = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
    problems.push({
      file,
      line: firstLine + index,
      ...(at >= 0 ? { column: at - start + 1 } : {}),
      field,
      message: forbiddenMessage(match),
    });
  }
  return problems;
}

/** The index of the line that character `at` of the lines (joined with one space each) is on. */
function lineIndexAt(lines: readonly string[], at: number): number {
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    end += lines[i]!.length + 1;
    if (at < end) return i;
  }
  return lines.length - 1;
}
