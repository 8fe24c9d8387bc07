/**
 * The "Report a problem with this page" link: a mailto: address set at build
 * time (FEEDBACK_EMAIL), with the page's title and address filled in. Pure:
 * the setting and the page come in, a checked address and a link go out.
 */

/**
 * A plain address like name@example.org and nothing else: letters, digits and
 * . _ % + - before the @, and a domain of letters, digits and hyphens with a
 * dot. No ? & = # or spaces, which would add a bcc or a body to every link.
 */
const EMAIL =
  /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The warning the build prints when no address is set. */
export const NO_FEEDBACK_EMAIL =
  'FEEDBACK_EMAIL is not set: the "Report a problem with this page" links are left out. Set it to the address that should get reports (see README, Settings).';

/**
 * The feedback address from the setting, or null when it is not set. A value
 * that is not an email address stops the build with a message naming the
 * setting, so a typo never publishes a broken link.
 */
export function parseFeedbackEmail(value: string | undefined): string | null {
  const email = value?.trim() ?? '';
  if (email === '') return null;
  if (!EMAIL.test(email)) {
    throw new Error(
      `FEEDBACK_EMAIL must be a plain email address like feedback@example.org (no ?, &, = or spaces), got "${email}"`,
    );
  }
  return email;
}

/** The mailto: link for one page, with its title and full address in the subject and body. */
export function feedbackMailto(email: string, page: { title: string; url: string }): string {
  const subject = `Problem with a page: ${page.title}`;
  const body = [
    `Page: ${page.title}`,
    `Address: ${page.url}`,
    '',
    'What is wrong or unclear on this page?',
    '',
    '(Please do not send personal medical details. We cannot give medical advice by email.)',
  ].join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
