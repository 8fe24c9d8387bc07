/** Names and words used across the site chrome. */
export const SITE = {
  name: 'Back Spasm Guide',
  tagline: 'Clear, evidence-based help for a back spasm',
  description:
    'What to do now for a back spasm: ice or heat, how long to rest, how to keep moving, and when to get help. Plain English, checked against the evidence.',
  locale: 'en_GB',
  lang: 'en-GB',
  /** Shown on every article: general information, not a diagnosis. */
  disclaimer:
    'This page gives general information, not a diagnosis. If you are worried about your back pain, or it is not getting better, speak to a doctor, nurse, pharmacist or physiotherapist.',
  /** Colours outside CSS: the browser bar, the web app manifest and link-preview images (as in tokens.css). */
  colours: { brand: '#005eb8', brandDark: '#003087', background: '#f0f4f5' },
  emergencyNumbers: '999 in the UK, 911 in the US and Canada, 112 in the EU, 000 in Australia',
} as const;
