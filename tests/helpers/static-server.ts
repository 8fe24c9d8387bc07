// Serves a build for the browser tests (playwright.config.ts starts it): see staticServer.ts.
// Usage: node tests/helpers/static-server.ts <port> [dir] [base]
// The base path is the one the build was made with (its _build.json), unless given.
import { startStaticServer } from './staticServer.ts';
import { buildInfoOf } from './dist.ts';

const [portArg = '4322', dir = process.env.DIST_DIR || 'dist', baseArg] = process.argv.slice(2);
const base = baseArg ?? buildInfoOf(dir)?.base;
const server = await startStaticServer({ dir, base, port: Number(portArg) });
console.log(`Serving ${dir} at ${server.url}${base ?? '/'}`);
