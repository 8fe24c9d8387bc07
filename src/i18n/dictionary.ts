/**
 * The shape every language's dictionary must have: the English dictionary's
 * shape, with every text widened to string and every function kept. A
 * dictionary that leaves a string out, or adds one English does not have,
 * does not type-check (npm run typecheck).
 */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : { readonly [K in keyof T]: Shape<T[K]> };
