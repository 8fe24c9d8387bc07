/**
 * <bsg-listen>: reads the page aloud with the browser's own voice
 * (speechSynthesis), one sentence at a time, marking the sentence and keeping
 * it in view. Loaded on the first press of "Listen" (ListenPage.astro). What
 * is read, and in what order, is decided by src/domain/readAloud.ts from a
 * plain copy of the page; this element only speaks it and shows where it is.
 * Pausing cancels the sentence and resuming says it again: pause() and
 * resume() are unreliable on phones. Nothing is fetched or sent.
 */
import { BaseElement, stored } from './BaseElement.ts';
import {
  parseRate,
  pickVoice,
  readingBlocks,
  readingQueue,
  sectionStart,
  stepRate,
  type ReadBlock,
  type ReadNode,
  type Utterance,
} from '../domain/readAloud.ts';

/** The control's words on English pages; other languages give theirs in data-words (src/i18n). */
export const ENGLISH_WORDS = {
  label: 'Listen to this page',
  play: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  slower: 'Slower',
  faster: 'Faster',
  speed: 'Speed:',
  fromHere: 'Listen from here:',
};
type Words = typeof ENGLISH_WORDS;

/** The name of the sentence highlight (::highlight(bsg-listen) in ListenPage.astro). */
const HIGHLIGHT = 'bsg-listen';
const rateSetting = stored('listen-rate');

/** A plain copy of the page for the reading rules, and the page node behind each copied node. */
function copyPage(root: Element): { tree: ReadNode; nodes: Map<ReadNode, Node> } {
  const nodes = new Map<ReadNode, Node>();
  const copy = (node: Node): ReadNode | undefined => {
    if (node instanceof Text) {
      const text: ReadNode = { tag: '#text', text: node.data };
      nodes.set(text, node);
      return text;
    }
    if (!(node instanceof Element)) return undefined;
    const attrs: Record<string, string> = {};
    for (const { name, value } of node.attributes) attrs[name] = value;
    // Whatever the page does not show (styles, a closed disclosure) is not read either.
    if (getComputedStyle(node).display === 'none') attrs.hidden = '';
    const closed = node instanceof HTMLDetailsElement && !node.open;
    const children = [...node.childNodes]
      .filter((child) => !closed || (child instanceof Element && child.localName === 'summary'))
      .map(copy)
      .filter((child): child is ReadNode => child !== undefined);
    const element: ReadNode = { tag: node.localName, attrs, children };
    nodes.set(element, node);
    return element;
  };
  return { tree: copy(root)!, nodes };
}

/** The page place of an offset in a block's text, or undefined when it falls between its text nodes. */
function point(block: ReadBlock, nodes: Map<ReadNode, Node>, offset: number, end: boolean): [Node, number] | undefined {
  for (const part of block.parts ?? []) {
    const length = part.node.text?.length ?? 0;
    const inside = end
      ? offset > part.start && offset <= part.start + length
      : offset >= part.start && offset < part.start + length;
    const node = nodes.get(part.node);
    if (inside && node) return [node, offset - part.start];
  }
  return undefined;
}

export class ListenPage extends BaseElement {
  #words: Words = ENGLISH_WORDS;
  #play!: HTMLButtonElement;
  #more!: HTMLElement;
  #speed!: HTMLElement;
  #state: 'idle' | 'playing' | 'paused' = 'idle';
  #rate = parseRate(rateSetting.read());
  #blocks: ReadBlock[] = [];
  #nodes = new Map<ReadNode, Node>();
  #queue: Utterance[] = [];
  #index = 0;
  /** Bumped for every sentence spoken or cancelled, so a cancelled sentence's events are ignored. */
  #turn = 0;
  #current: Element | undefined;
  /** The sentence being spoken, held so its events are not lost (some browsers drop an unreferenced one's). */
  #utterance: SpeechSynthesisUtterance | undefined;

  connectedCallback(): void {
    if (this.#play) return;
    this.#words = { ...ENGLISH_WORDS, ...(JSON.parse(this.dataset.words ?? '{}') as Partial<Words>) };
    this.#play = this.child<HTMLButtonElement>('listen-play');
    this.#more = document.createElement('span');
    this.#more.className = 'listen__more';
    this.#more.hidden = true;
    const button = (text: string, action: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'page-action';
      element.textContent = text;
      element.addEventListener('click', action, { signal: this.signal });
      return element;
    };
    this.#speed = document.createElement('span');
    this.#speed.className = 'listen__speed';
    this.#speed.setAttribute('role', 'status');
    this.#more.append(
      button(this.#words.stop, () => this.stop()),
      button(this.#words.slower, () => this.#setRate(-1)),
      this.#speed,
      button(this.#words.faster, () => this.#setRate(1)),
    );
    this.append(this.#more);
    this.#play.addEventListener('click', () => this.#toggle(), { signal: this.signal });
    // Leaving the page (or putting it in the back-forward cache) stops the voice.
    addEventListener('pagehide', () => this.stop(), { signal: this.signal });
    this.#render();
  }

  override disconnectedCallback(): void {
    this.stop();
    super.disconnectedCallback();
  }

  /** Starts reading: from the top, or from a section heading's id. */
  start(section?: string): void {
    this.#prepare();
    const from = section === undefined ? 0 : sectionStart(this.#queue, section);
    this.#speak(Math.max(0, from));
  }

  /** Stops the voice and clears the marks; the next "Listen" starts from the top. */
  stop(): void {
    this.#turn += 1;
    this.#utterance = undefined;
    speechSynthesis.cancel();
    this.#state = 'idle';
    this.#index = 0;
    this.#mark(undefined);
    this.#render();
  }

  #toggle(): void {
    if (this.#state === 'playing') {
      this.#turn += 1;
      speechSynthesis.cancel();
      this.#state = 'paused';
      this.#render();
    } else if (this.#state === 'paused') this.#speak(this.#index);
    else this.start();
  }

  #setRate(step: -1 | 1): void {
    this.#rate = stepRate(this.#rate, step);
    rateSetting.write(this.#rate === 1 ? null : String(this.#rate));
    // The sentence being read starts again at the new speed.
    if (this.#state === 'playing') this.#speak(this.#index);
    else this.#render();
  }

  /** Reads the page as it is now (a tool may have shown its answer since the last time). */
  #prepare(): void {
    const main = document.querySelector('main') ?? document.body;
    const { tree, nodes } = copyPage(main);
    this.#nodes = nodes;
    this.#blocks = readingBlocks(tree);
    this.#queue = readingQueue(this.#blocks, document.documentElement.lang);
    this.#addSectionButtons();
  }

  /** "Listen from here" beside each section heading read aloud. */
  #addSectionButtons(): void {
    const sections = new Set(this.#queue.map((item) => item.section));
    for (const id of sections) {
      const heading = id === undefined ? null : document.getElementById(id);
      if (!heading || heading.localName !== 'h2' || heading.closest('[data-care-card]')) continue;
      if (heading.parentElement?.querySelector(`[data-listen-from="${CSS.escape(id!)}"]`)) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'listen-from no-print';
      button.dataset.listenFrom = id;
      button.setAttribute('aria-label', `${this.#words.fromHere} ${heading.textContent?.trim() ?? ''}`);
      button.addEventListener('click', () => this.start(id), { signal: this.signal });
      // Beside the section's link control when it has one, else after the heading.
      const row = heading.parentElement?.classList.contains('section-heading') ? heading.parentElement : null;
      if (row) row.append(button);
      else heading.after(button);
    }
  }

  #speak(index: number): void {
    const item = this.#queue[index];
    if (!item) return this.stop();
    const turn = ++this.#turn;
    if (speechSynthesis.speaking || speechSynthesis.pending) speechSynthesis.cancel();
    this.#index = index;
    this.#state = 'playing';
    const lang = document.documentElement.lang;
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = lang;
    utterance.rate = this.#rate;
    const voice = pickVoice(speechSynthesis.getVoices(), lang);
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', () => {
      if (turn === this.#turn && utterance === this.#utterance) this.#speak(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      if (turn === this.#turn && event.error !== 'interrupted' && event.error !== 'canceled') this.stop();
    });
    this.#utterance = utterance;
    this.#mark(item);
    this.#render();
    speechSynthesis.speak(utterance);
  }

  /** Marks the sentence being read (and its block) and keeps it in view, or clears the marks. */
  #mark(item: Utterance | undefined): void {
    this.#current?.classList.remove('listen-current');
    const highlights = globalThis.CSS?.highlights;
    highlights?.delete(HIGHLIGHT);
    if (!item) {
      this.#current = undefined;
      return;
    }
    const block = this.#blocks[item.block]!;
    const node = this.#nodes.get(block.node);
    const element = node instanceof Element ? node : (node?.parentElement ?? undefined);
    if (!element) return;
    element.classList.add('listen-current');
    this.#current = element;
    let box = element.getBoundingClientRect();
    if (item.start !== undefined && item.end !== undefined) {
      const from = point(block, this.#nodes, item.start, false);
      const to = point(block, this.#nodes, item.end, true);
      if (from && to) {
        const range = document.createRange();
        range.setStart(...from);
        range.setEnd(...to);
        if (highlights) highlights.set(HIGHLIGHT, new Highlight(range));
        box = range.getBoundingClientRect();
      }
    }
    if (box.top < 0 || box.bottom > innerHeight) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  #render(): void {
    const words = this.#words;
    const state = this.#state;
    this.#play.textContent = state === 'playing' ? words.pause : state === 'paused' ? words.resume : words.play;
    this.#play.dataset.state = state;
    this.#more.hidden = state === 'idle';
    // Said once when it changes (role="status"), not at every sentence.
    const speed = `${words.speed} ${this.#rate}×`;
    if (this.#speed.textContent !== speed) this.#speed.textContent = speed;
  }
}

// This file is loaded by the first press of "Listen" (ListenPage.astro), so it starts reading at once.
if (!customElements.get('bsg-listen')) {
  customElements.define('bsg-listen', ListenPage);
  document.querySelector<ListenPage>('bsg-listen')?.start();
}
