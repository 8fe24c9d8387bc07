import type { Page } from '@playwright/test';

/** What the stand-in speech engine heard: each sentence spoken, in order. */
export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | undefined;
}

declare global {
  interface Window {
    __speech: {
      spoken: Spoken[];
      /** Sentences end by themselves (true) or only when a test calls end(). */
      auto: boolean;
      cancelled: number;
      end(): void;
    };
  }
}

/**
 * A stand-in for the browser's speech engine (speechSynthesis and
 * SpeechSynthesisUtterance), installed before the page's scripts run: it
 * records what is spoken and fires each sentence's start and end events.
 * With `auto` off, a sentence lasts until the test calls window.__speech.end().
 * `voices` are the languages it has a voice for; none means no speech engine at all.
 */
export async function fakeSpeech(page: Page, { voices = ['en-GB', 'es-ES'], auto = true } = {}): Promise<void> {
  await page.addInitScript(
    ({ voices, auto }) => {
      if (voices.length === 0) {
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        return;
      }
      class Utterance extends EventTarget {
        lang = '';
        rate = 1;
        voice: { name: string } | null = null;
        constructor(public text: string) {
          super();
        }
      }
      let current: Utterance | null = null;
      const finish = (utterance: Utterance) => {
        if (current !== utterance) return;
        current = null;
        utterance.dispatchEvent(new Event('end'));
      };
      const speech: Window['__speech'] = {
        spoken: [],
        auto,
        cancelled: 0,
        end: () => current && finish(current),
      };
      const engine = Object.assign(new EventTarget(), {
        get speaking() {
          return current !== null;
        },
        pending: false,
        paused: false,
        onvoiceschanged: null,
        getVoices: () =>
          voices.map((lang) => ({ name: `Voice ${lang}`, lang, voiceURI: lang, localService: true, default: false })),
        speak(utterance: Utterance) {
          speech.spoken.push({
            text: utterance.text,
            lang: utterance.lang,
            rate: utterance.rate,
            voice: utterance.voice?.name,
          });
          current = utterance;
          setTimeout(() => {
            utterance.dispatchEvent(new Event('start'));
            if (speech.auto) setTimeout(() => finish(utterance), 0);
          }, 0);
        },
        cancel() {
          speech.cancelled += 1;
          const utterance = current;
          current = null;
          utterance?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
        },
        pause() {},
        resume() {},
      });
      Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      window.__speech = speech;
    },
    { voices, auto },
  );
}

/** The sentences spoken so far. */
export const spokenTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__speech.spoken.map((s) => s.text));
