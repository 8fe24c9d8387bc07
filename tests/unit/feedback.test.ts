import { afterEach, describe, expect, test, vi } from 'vitest';
import { feedback } from '../../src/build/feedback/integration.ts';
import { feedbackMailto, NO_FEEDBACK_EMAIL, parseFeedbackEmail } from '../../src/domain/feedbackLink.ts';

describe('FEEDBACK_EMAIL', () => {
  test('an address is kept; an empty or missing one means no link', () => {
    expect(parseFeedbackEmail(' feedback@example.org ')).toBe('feedback@example.org');
    expect(parseFeedbackEmail(undefined)).toBeNull();
    expect(parseFeedbackEmail('  ')).toBeNull();
  });

  test.each([
    'feedback',
    'feedback@localhost',
    'a b@example.org',
    'x@example.org?cc=y@example.org',
    'a@b.org,c@d.org',
    'a@b.example?bcc=evil.example',
    'a@b.example&body=Click%20here',
    'a@b.example#x',
    'a@b.example%0ABcc:x',
    'a@-b.example',
  ])('"%s" stops the build with a message naming the setting', (value) => {
    expect(() => parseFeedbackEmail(value)).toThrow(/^FEEDBACK_EMAIL must be a plain email address/);
  });

  test('the link carries the page title and address in the subject and body, encoded', () => {
    const href = feedbackMailto('feedback@example.org', {
      title: 'Ice & heat: how long?',
      url: 'https://example.org/articles/ice-and-heat-timing/',
    });
    expect(href.startsWith('mailto:feedback@example.org?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Problem with a page: Ice & heat: how long?');
    expect(url.searchParams.get('body')).toContain('Address: https://example.org/articles/ice-and-heat-timing/');
    expect(href).not.toMatch(/[ &]heat/); // the & and spaces of the title are encoded
  });
});

describe('the feedback integration', () => {
  const start = (env: string | undefined) => {
    vi.stubEnv('FEEDBACK_EMAIL', env);
    const logger = { warn: vi.fn() };
    const hook = feedback().hooks['astro:build:start'] as unknown as (options: { logger: typeof logger }) => void;
    return { run: () => hook({ logger }), logger };
  };
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('warns at build time when FEEDBACK_EMAIL is not set', () => {
    const { run, logger } = start(undefined);
    run();
    expect(logger.warn).toHaveBeenCalledWith(NO_FEEDBACK_EMAIL);
    expect(NO_FEEDBACK_EMAIL).toMatch(
      /^FEEDBACK_EMAIL is not set: the "Report a problem with this page" links are left out/,
    );
  });

  test('is quiet with an address, and stops the build on a bad one', () => {
    const ok = start('feedback@example.org');
    ok.run();
    expect(ok.logger.warn).not.toHaveBeenCalled();
    const bad = start('not-an-address');
    expect(bad.run).toThrow(/FEEDBACK_EMAIL must be a plain email address/);
  });
});
