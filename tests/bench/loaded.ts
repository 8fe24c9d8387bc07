// npm run test:loaded: `npm test` while two worker threads keep both cores of
// a 2-core machine busy (as a busy CI machine would be), then its wall time.
// Exits with npm test's exit code. Set E2E_PORT as for npm test.
import { TARGETS, minutes, timedNpmTest } from './load.ts';

const BURNERS = 2;
const run = await timedNpmTest(BURNERS);
const verdict = run.code === 0 ? 'passed' : `FAILED (exit code ${run.code})`;
console.log(
  `\nnpm test under load (${BURNERS} CPU burners): ${verdict} in ${minutes(run.seconds)} (target: under ${TARGETS.loaded} min)`,
);
process.exitCode = run.code;
