import { describe, expect, test } from 'vitest';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import {
  parseRate,
  pickVoice,
  readingBlocks,
  readingQueue,
  sectionStart,
  sentences,
  stepRate,
  voiceFits,
  type ReadNode,
} from '../../src/domain/readAloud.ts';

/** A ReadNode tree from HTML, as src/browser/listen.ts makes one from the page. */
function tree(html: string): ReadNode {
  const convert = (node: Node): ReadNode => {
    if (node.nodeType === 3) return { tag: '#text', text: node.text };
    const element = node as HTMLElement;
    return {
      tag: element.tagName?.toLowerCase() ?? 'main',
      attrs: element.attributes,
      children: element.childNodes.map(convert),
    };
  };
  return { tag: 'main', children: parse(html).childNodes.map(convert) };
}

const spoken = (html: string, lang = 'en') => readingQueue(readingBlocks(tree(html)), lang).map((u) => u.text);

describe('what is read, in reading order', () => {
  test('the title, "In short" and each section heading with its text', () => {
    expect(
      spoken(
        '<h1>Ice or heat</h1><section class="in-short"><h2>In short</h2><ul><li>Ice first.</li><li>Heat later.</li></ul></section>' +
          '<div class="section-heading"><h2 id="why">Why</h2><bsg-copy-link class="section-link"><a>Link</a></bsg-copy-link></div><p>Because. It helps.</p>',
      ),
    ).toEqual(['Ice or heat', 'In short', 'Ice first.', 'Heat later.', 'Why', 'Because.', 'It helps.']);
  });

  test('page chrome is left out: controls, contents, change log, sources, visually hidden and hidden text', () => {
    expect(
      spoken(
        '<h1>Title</h1><div class="page-actions"><details class="share"><summary>Share</summary></details><button>Print</button></div>' +
          '<nav class="toc"><h2>Contents</h2><ol><li>Why</li></ol></nav>' +
          '<p>Text<span class="visually-hidden"> (opens a new tab)</span> here.</p><p hidden>Hidden.</p><p aria-hidden="true">Drawn.</p>' +
          '<details class="change-log"><summary>What changed</summary><p>Nothing.</p></details>' +
          '<section class="source-list"><h2>Sources</h2><ol><li>NICE</li></ol></section><p class="print-only page-address">This page: x</p>',
      ),
    ).toEqual(['Title', 'Text here.']);
  });

  test('a care card: its level and instruction first, then each sign', () => {
    expect(
      spoken(
        '<section class="care-card" data-care-card="emergency"><div class="care-card__heading"><h2 id="care-nerves">' +
          '<span class="visually-hidden">Immediate action required: </span><span class="care-card__title">Nerve signs<span class="visually-hidden">. </span></span>' +
          '<span data-care-instruction>Call 999 or go to A&amp;E now if you have back pain and:</span></h2></div>' +
          '<div class="care-card__body"><ul><li>numbness around your bottom</li><li>chest pain: <strong>Call an ambulance.</strong></li></ul>' +
          '<emergency-call><p data-own hidden></p><p data-department>Go to A&amp;E.</p></emergency-call></div></section>',
      ),
    ).toEqual([
      'Immediate action required: Call 999 or go to A&E now if you have back pain and:',
      'numbness around your bottom',
      'chest pain: Call an ambulance.',
      'Go to A&E.',
    ]);
  });

  test('lists item by item, a list inside an item after its words', () => {
    expect(spoken('<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>')).toEqual(['One', 'One a', 'Two']);
  });

  test('tables row by row, each cell with its column heading', () => {
    expect(
      spoken(
        '<section class="table-scroll"><table><thead><tr><th>Medicine</th><th>How often</th></tr></thead>' +
          '<tbody><tr><td>Ibuprofen</td><td>3 times a day</td></tr><tr><td>Paracetamol</td><td>4 times a day</td></tr></tbody></table></section>',
      ),
    ).toEqual([
      'Medicine, How often',
      'Medicine: Ibuprofen.',
      'How often: 3 times a day',
      'Medicine: Paracetamol.',
      'How often: 4 times a day',
    ]);
  });

  test('a yes-or-no question is read without its "Yes" and "No" labels', () => {
    expect(
      spoken(
        '<fieldset><legend>Is it numb?</legend><label><input type="radio">Yes</label><label><input type="radio">No</label></fieldset>',
      ),
    ).toEqual(['Is it numb?']);
  });

  test('Spanish sentences are split in Spanish', () => {
    expect(spoken('<p>¿Le duele? Llame al 112. Después, descanse.</p>', 'es')).toEqual([
      '¿Le duele?',
      'Llame al 112.',
      'Después, descanse.',
    ]);
  });
});

describe('where each sentence is', () => {
  test('a sentence points at its block and its place in the block text, for the highlight', () => {
    const blocks = readingBlocks(tree('<p>First one. <a>Second</a> one.</p>'));
    const queue = readingQueue(blocks, 'en');
    expect(queue.map(({ start, end }) => blocks[0]!.text.slice(start, end))).toEqual(['First one.', 'Second one.']);
    expect(blocks[0]!.parts?.map((p) => p.start)).toEqual([0, 11, 17]);
  });

  test('"Listen from here" starts at the section heading; a missing section gives -1', () => {
    const queue = readingQueue(
      readingBlocks(tree('<h1>T</h1><p>Intro.</p><h2 id="a">A</h2><p>In A.</p><h2 id="b">B</h2><p>In B.</p>')),
      'en',
    );
    expect(queue[sectionStart(queue, 'b')]?.text).toBe('B');
    expect(queue.filter((u) => u.section === 'a').map((u) => u.text)).toEqual(['A', 'In A.']);
    expect(sectionStart(queue, 'nowhere')).toBe(-1);
  });

  test('sentence boundaries leave out the spaces around them', () => {
    expect(sentences('  One.  Two? ', 'en')).toEqual([
      [2, 6],
      [8, 12],
    ]);
  });
});

describe('speed and voice', () => {
  test('slower and faster step through the speeds and stop at either end', () => {
    expect(stepRate(1, 1)).toBe(1.2);
    expect(stepRate(1, -1)).toBe(0.8);
    expect(stepRate(1.4, 1)).toBe(1.4);
    expect(stepRate(0.6, -1)).toBe(0.6);
  });

  test('a stored speed is used only when it is one of the speeds', () => {
    expect(parseRate('0.8')).toBe(0.8);
    expect(parseRate('7')).toBe(1);
    expect(parseRate(null)).toBe(1);
  });

  test("a voice fits the page's language whatever its region", () => {
    expect(voiceFits('en-US', 'en-GB')).toBe(true);
    expect(voiceFits('es_ES', 'es')).toBe(true);
    expect(voiceFits('en-GB', 'es')).toBe(false);
  });

  test('the voice of the exact language and region is picked first, then a local one', () => {
    const voices = [
      { name: 'US', lang: 'en-US', localService: true },
      { name: 'Remote GB', lang: 'en-GB', localService: false },
      { name: 'French', lang: 'fr-FR', localService: true },
    ];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('Remote GB');
    expect(pickVoice(voices, 'en')?.name).toBe('US');
    expect(pickVoice(voices, 'es')).toBeUndefined();
  });
});
