import { z } from 'zod';

/**
 * The structured data every article must carry, checked in the tests over
 * dist/. Only the fields we rely on are listed; others may be added.
 */
// z.url with a protocol rule, not z.httpUrl, which refuses hosts with no dot such as localhost.
const fullUrl = z.url({ protocol: /^https?$/, error: 'must be a full http(s) address' });
const calendarDate = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });

export const medicalWebPageLdSchema = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('MedicalWebPage'),
  url: fullUrl,
  name: z.string().min(1),
  description: z.string().min(1),
  image: fullUrl,
  inLanguage: z.string().min(2),
  datePublished: calendarDate,
  dateModified: calendarDate,
  lastReviewed: calendarDate,
  // The organisation in its editor's role; a Person reviewer would claim a
  // named reviewer (a clinician) that the pages have not had.
  reviewedBy: z.strictObject(
    {
      '@type': z.literal('Role', { error: 'must be a Role (the organisation and its role), never a Person' }),
      roleName: z.string().min(1),
      reviewedBy: z.looseObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: fullUrl }),
    },
    { error: 'must be the organisation and its role' },
  ),
  about: z.looseObject({ '@type': z.string().min(1), name: z.string().min(1) }),
  /** Each source's full address (the page lists titles and publishers itself). */
  citation: z.array(fullUrl).min(1, { error: 'must cite at least one source' }),
});

export const breadcrumbListLdSchema = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z
    .array(
      z.strictObject({
        '@type': z.literal('ListItem'),
        position: z.number().int().min(1),
        name: z.string().min(1),
        item: fullUrl,
      }),
    )
    .min(1),
});
