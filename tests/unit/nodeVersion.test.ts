import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The project's Node is set in one place, the `node` devDependency of
// package.json (README, "Set-up"): npm scripts run that Node.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines?: { node?: string };
  devDependencies: Record<string, string>;
};

describe('the Node version', () => {
  test('npm scripts run the Node of the `node` devDependency', () => {
    expect(process.version).toBe(`v${pkg.devDependencies.node}`);
  });

  test('no other file sets it', () => {
    const others = ['.nvmrc', '.node-version', '.tool-versions'].filter((file) => existsSync(file));
    expect(others, 'the `node` devDependency of package.json sets the Node version').toEqual([]);
    expect(pkg.engines?.node, 'engines.node would set it a second time').toBeUndefined();
  });
});
