// Runs `npm test` and times it, optionally while worker threads burn CPU, to
// show the suite holds on a busy 2-core machine. Used by tests/bench/loaded.ts
// (npm run test:loaded) and tests/bench/suite.ts (npm run bench:suite).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Suite targets from issue #13, in minutes. */
export const TARGETS = { idle: 6, loaded: 12 } as const;

/** A busy loop, until the worker is terminated. */
const BURN = `let x = 0; for (;;) { x = (x * 1103515245 + 12345) % 2147483648; }`;

/** Starts `count` threads that each keep one CPU core busy. Call the result to stop them. */
export function startBurners(count: number): () => Promise<void> {
  const workers = Array.from({ length: count }, () => new Worker(BURN, { eval: true }));
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
}

export interface Run {
  /** npm test's exit code (non-zero when it failed or was stopped). */
  code: number;
  seconds: number;
}

/**
 * Runs `npm test` with this process's environment and output, with `burners`
 * CPU-burning threads for as long as it runs. The burners stop when the run
 * ends, fails, or this process gets SIGINT/SIGTERM (which also stops the run).
 */
export function timedNpmTest(burners: number): Promise<Run> {
  const stop = startBurners(burners);
  const started = performance.now();
  // Its own process group, so a signal can stop npm and everything it started.
  const child = spawn('npm', ['test'], { stdio: 'inherit', detached: true });
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The run has ended already.
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return new Promise((resolve) => {
    const finish = async (code: number) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await stop();
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      console.error(`could not start npm test: ${error.message}`);
      void finish(1);
    });
    // Stopped by a signal: 128 plus its number, as a shell reports it (143 for SIGTERM).
    child.on('exit', (code, signal) => void finish(code ?? (signal ? 128 + constants.signals[signal] : 1)));
  });
}

/** 367.2 seconds as "6 min 7 s". */
export function minutes(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
