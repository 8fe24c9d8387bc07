// silabea ships no types; this is the one function the readability check uses.
declare module 'silabea' {
  const silabea: { getSilabas(word: string): { numeroSilaba: number } };
  export default silabea;
}
