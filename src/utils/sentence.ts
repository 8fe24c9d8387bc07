/** Ends a fragment with a full stop unless it already ends with one ("et al." stays "et al."). */
export function withFullStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
