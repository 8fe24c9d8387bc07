import type { AstroIntegration } from 'astro';
import { NO_FEEDBACK_EMAIL, parseFeedbackEmail } from '../../domain/feedbackLink.ts';

/**
 * Checks FEEDBACK_EMAIL when a build starts: a bad address stops the build, and
 * a missing one prints a warning that the "Report a problem" links are left out.
 */
export function feedback(): AstroIntegration {
  return {
    name: 'back-spasm-guide:feedback',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (parseFeedbackEmail(process.env.FEEDBACK_EMAIL) === null) logger.warn(NO_FEEDBACK_EMAIL);
      },
    },
  };
}
