/**
 * The ice and heat timer's alerts in the browser: three generated beeps (no
 * audio file) and a notification. Each is optional: if the browser refuses,
 * the message on screen is enough.
 */

let audio: AudioContext | undefined;

/** Gets sound ready while the reader's tap still counts as a gesture. */
export function prepareSound(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No Web Audio.
  }
}

/** Three short beeps. */
export function beep(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const start = audio.currentTime + 0.05;
    for (const offset of [0, 0.45, 0.9]) {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.setValueAtTime(0.0001, start + offset);
      volume.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
      tone.connect(volume).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.32);
    }
  } catch {
    // Sound is optional.
  }
}

/** Asks for permission to notify, only if the reader has not been asked yet. */
export function askToNotify(): void {
  if ('Notification' in window && Notification.permission === 'default') void Notification.requestPermission();
}

/** A notification, if the reader allowed them; through the service worker where there is one (Android needs it). */
export async function showNotification(title: string, body: string): Promise<void> {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  const options = { body, tag: 'bsg-ice-heat-timer', data: { url: location.href } };
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) {
      await registration.showNotification(title, options);
      return;
    }
  } catch {
    // Fall through to a page notification.
  }
  try {
    new Notification(title, options);
  } catch {
    // Notifications are optional.
  }
}
