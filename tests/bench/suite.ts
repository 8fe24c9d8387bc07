// npm run bench:suite: the wall time of `npm test` on this machine as it is
// (idle, if nothing else runs), then under the load of npm run test:loaded,
// against the targets of issue #13. A printed figure, not a test: it fails
// only if npm test fails. Set E2E_PORT as for npm test.
import { TARGETS, minutes, timedNpmTest, type Run } from './load.ts';
import { recordFigures } from './figures.ts';

recordFigures('suite');

const runs: [name: keyof typeof TARGETS, burners: number][] = [
  ['idle', 0],
  ['loaded', 2],
];
const results: [keyof typeof TARGETS, Run][] = [];
for (const [name, burners] of runs) results.push([name, await timedNpmTest(burners)]);

console.log('\n| npm test | result | wall time | target | within |');
console.log('| --- | --- | ---: | ---: | --- |');
for (const [name, run] of results) {
  const within = run.seconds <= TARGETS[name] * 60 ? 'yes' : 'no';
  const result = run.code === 0 ? 'passed' : `failed (${run.code})`;
  console.log(`| ${name} | ${result} | ${minutes(run.seconds)} | under ${TARGETS[name]} min | ${within} |`);
}
process.exitCode = results.some(([, run]) => run.code !== 0) ? 1 : 0;
