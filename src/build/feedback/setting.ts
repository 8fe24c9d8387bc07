/**
 * FEEDBACK_EMAIL, the build setting for the "Report a problem with this page"
 * links (README, Settings). null when it is not set: the links are left out,
 * and the feedback integration warns at build time.
 */
import { parseFeedbackEmail } from '../../domain/feedbackLink.ts';

export const FEEDBACK_EMAIL = parseFeedbackEmail(process.env.FEEDBACK_EMAIL);
