/** What a shared link says: the page's title and one-line description, and its address. */
export interface SharedPage {
  title: string;
  description: string;
  url: string;
}

/**
 * Plain email and text-message links that share a page, with no third-party
 * service. The sms: form "sms:?&body=" opens a new message on both Android
 * and iOS.
 */
export function shareLinks(page: SharedPage): { email: string; sms: string } {
  const body = `${page.description}\n\n${page.url}`;
  return {
    email: `mailto:?subject=${encodeURIComponent(page.title)}&body=${encodeURIComponent(body)}`,
    sms: `sms:?&body=${encodeURIComponent(`${page.title}: ${page.url}`)}`,
  };
}

/** The address of one section of a page: the page's address with the heading's id. */
export function sectionUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = id;
  return url.href;
}
