import { getViteConfig } from 'astro/config';

// Renders .astro components in Node with Astro's own compiler (the
// experimental container API), for checks of what components output.
export default getViteConfig({
  test: { name: 'render', environment: 'node', include: ['tests/render/**/*.test.ts'] },
});
