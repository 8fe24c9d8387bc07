/**
 * Benchmarks write their figures into docs/benchmarks.md, so the docs never
 * carry figures copied by hand. A benchmark calls recordFigures('weight') at
 * its start: everything it then prints (console.log) is also written, unless
 * it crashes, into that section of docs/benchmarks.md, under a
 * line saying when, on what commit and on what machine it was measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

export const FIGURES_FILE = 'docs/benchmarks.md';

const HEADER = `# Benchmarks

Written by the benchmark scripts (\`tests/bench/\`), never by hand: each section is
replaced when its script runs. Run them on a quiet machine; the load average
says how quiet it was. 1 KB = 1,024 bytes.
`;

/** Where and how a run was measured, for the line under its heading. */
export function runContext(now: Date = new Date()): string {
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: say so rather than fail the benchmark.
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `Measured ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit}, Node ${process.version}, ${availableParallelism()} cores, load average ${load}.`;
}

/** The markdown file with one section replaced (or added at the end). Pure. */
export function withSection(file: string, name: string, command: string, body: string, context: string): string {
  const start = `<!-- figures:${name} -->`;
  const end = `<!-- /figures:${name} -->`;
  const section = [start, `## ${name}`, '', `\`${command}\`. ${context}`, '', body.trim(), end].join('\n');
  const text = file.trim() === '' ? HEADER : file;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) return text.slice(0, from) + section + text.slice(to + end.length);
  return `${text.trimEnd()}\n\n${section}\n`;
}

/** Captures what the benchmark prints from now on, and writes it to docs/benchmarks.md on a clean exit. */
export function recordFigures(name: string, command = `npm run bench:${name}`): void {
  const printed: string[] = [];
  const log = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
    log(...args);
  };
  // A crash leaves the last good figures in place; a figure below its target is still a figure.
  let crashed = false;
  process.on('uncaughtExceptionMonitor', () => (crashed = true));
  process.on('exit', () => {
    if (crashed || printed.length === 0) return;
    const file = existsSync(FIGURES_FILE) ? readFileSync(FIGURES_FILE, 'utf8') : '';
    writeFileSync(FIGURES_FILE, withSection(file, name, command, printed.join('\n'), runContext()));
  });
}
