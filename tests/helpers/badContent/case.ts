type Files = Record<string, string | Uint8Array>;

/** One bad-content case: what a careless or hostile writer does, and the problem it must cause. */
export interface BadContentCase {
  name: string;
  change: (files: Files) => void;
  /** The problem: its file, its real line in that file (when it has one), its field, and words of its message. */
  expected: { file: string; line?: number; field: string; message: RegExp };
}
