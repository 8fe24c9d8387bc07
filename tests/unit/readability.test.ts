import { describe, expect, test } from 'vitest';
import { readability } from '../../src/pipeline/readability.ts';
import { readableText, sentences } from '../../src/pipeline/readableText.ts';

describe('readability', () => {
  test('keeps reader-facing text and drops components that hold data', () => {
    const body = [
      '## How long should I rest?',
      '',
      'Rest for a day or two at most. Then move.',
      '',
      '<CareCard level="emergency" />',
      '<Callout title="Never use ice on bare skin">Wrap it in a towel.</Callout>',
      '<DoDont do={["keep moving"]} dont={["do not stay in bed"]} />',
      '- walk often',
      '',
      '| What | How long |',
      '| --- | --- |',
      '| Ice | 10 to 20 minutes |',
    ].join('\n');
    expect(readableText(body)).toEqual([
      'How long should I rest?',
      'Rest for a day or two at most. Then move.',
      'Wrap it in a towel.',
      'keep moving',
      'do not stay in bed',
      'walk often',
      'What',
      'How long',
      'Ice',
      '10 to 20 minutes',
    ]);
  });

  test('splits sentences at end marks followed by a capital or digit', () => {
    expect(sentences(['One. Two is here! Is 3 next? 4 is. ibuprofen 1.5 stays'])).toEqual([
      'One.',
      'Two is here!',
      'Is 3 next?',
      '4 is. ibuprofen 1.5 stays',
    ]);
  });

  test('plain text scores a low grade; dense text a high one', () => {
    expect(readability('Keep moving. Walk a bit each hour. Use heat if it helps.').grade).toBeLessThan(4);
    const dense =
      'Nonsteroidal anti-inflammatory medications demonstrate statistically significant yet clinically questionable analgesic efficacy.';
    expect(readability(dense).grade).toBeGreaterThan(15);
  });

  test('names sentences over 30 words, with the line of the body their paragraph starts on', () => {
    const long = `Each ${'word '.repeat(30).trim()}.`;
    const report = readability(`## A heading\n\nShort one. ${long}`);
    expect(report.longSentences).toEqual([{ words: 31, text: long, line: 3 }]);
  });
});
