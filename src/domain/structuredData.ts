import { isoDate } from './formatDate.ts';

/** The site itself, as structured data names it. */
export interface SiteRef {
  name: string;
  /** The home page's full address. */
  url: string;
}

export interface MedicalPageInput {
  url: string;
  title: string;
  description: string;
  /** Full address of the page's preview image. */
  image: string;
  lang: string;
  published: Date;
  modified: Date;
  lastReviewed: Date;
  /** The role of who checked the page, such as "Evidence editor" (a role, never a named person). */
  reviewedBy: string;
  /** What the page is about: the condition. */
  about: string;
  sources: readonly { title: string; url: string; publisher: string; year?: number | undefined }[];
  site: SiteRef;
}

/**
 * schema.org MedicalWebPage for an article: when it was last reviewed and by
 * whom, and the sources it cites. Dates are calendar dates (YYYY-MM-DD).
 */
export function medicalWebPageJsonLd(page: MedicalPageInput): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: page.site.name, url: page.site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': page.url,
    url: page.url,
    name: page.title,
    headline: page.title,
    description: page.description,
    image: page.image,
    inLanguage: page.lang,
    datePublished: isoDate(page.published),
    dateModified: isoDate(page.modified),
    lastReviewed: isoDate(page.lastReviewed),
    // The page was checked by the site's editor, known by role only, so the
    // reviewer is the organisation in that role (schema.org's Role), never a
    // Person: no clinician has reviewed the pages.
    reviewedBy: { '@type': 'Role', roleName: page.reviewedBy, reviewedBy: organisation },
    about: { '@type': 'MedicalCondition', name: page.about },
    // Each source's address (schema.org takes a citation as text): the page lists
    // their titles and publishers itself, and the longest articles' HTML must stay
    // within the first round trip (14 KB gzip).
    citation: page.sources.map((source) => source.url),
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
    publisher: organisation,
  };
}

/** schema.org BreadcrumbList: the trail from the home page to this page, as full addresses. */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" is escaped so no
 * text in the data can close the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** schema.org WebSite for a language's home page: the site's name, address and language. */
export function webSiteJsonLd(site: { name: string; url: string; description: string; lang: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': site.url,
    url: site.url,
    name: site.name,
    description: site.description,
    inLanguage: site.lang,
  };
}
