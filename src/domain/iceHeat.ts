/**
 * How every page words the ice and heat numbers from content/self-care.yaml,
 * so the text, the cycle diagram and the timer say the same thing. Pure: the
 * numbers come in, words go out.
 */

export interface IceHeatNumbers {
  id: string;
  minutes: { min: number; max: number };
  checkSkinMinutes?: number | undefined;
  gapMinutes: number;
}

/** "1 hour", "2 hours": the gap between goes (self-care.yaml keeps it in whole hours). */
export function hoursInWords(minutes: number): string {
  const hours = minutes / 60;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** How long one go lasts: "up to 15 minutes" (ice, with a skin check) or "10 to 20 minutes". */
export function goLength(item: IceHeatNumbers): string {
  return item.checkSkinMinutes === undefined
    ? `${item.minutes.min} to ${item.minutes.max} minutes`
    : `up to ${item.minutes.max} minutes`;
}

/** The wait after a go: "at least 2 hours". */
export function gapLength(item: IceHeatNumbers): string {
  return `at least ${hoursInWords(item.gapMinutes)}`;
}

/** The skin check during a go, as a sentence, or "" where there is none. */
export function skinCheck(item: IceHeatNumbers): string {
  return item.checkSkinMinutes === undefined ? '' : `Check your skin after ${item.checkSkinMinutes} minutes.`;
}

/** One line for a go and its wait: "up to 15 minutes, then at least 2 hours off". */
export function cycleInWords(item: IceHeatNumbers): string {
  return `${goLength(item)}, then ${gapLength(item)} off`;
}

/**
 * The numbers a page may state for ice or heat, as "N minutes" and "N hours"
 * (for the check over dist/): the go, the skin check and the gap.
 */
export function allowedIceHeatNumbers(item: IceHeatNumbers): { minutes: number[]; hours: number[] } {
  const minutes = [item.minutes.min, item.minutes.max];
  if (item.checkSkinMinutes !== undefined) minutes.push(item.checkSkinMinutes);
  return { minutes: [...new Set(minutes)].sort((a, b) => a - b), hours: [item.gapMinutes / 60] };
}
