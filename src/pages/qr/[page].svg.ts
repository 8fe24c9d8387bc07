import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data/content.ts';
import { TOOLS } from '../../data/tools.ts';
import { qrCodeSvg } from '../../build/qr/qrCode.ts';
import { absoluteUrl, qrCodePath } from '../../domain/url.ts';
import { localizePath, locales } from '../../i18n/index.ts';
import { siteOf } from '../../site.ts';

/**
 * The QR code of each article's and tool's address, in every language, for
 * its printout (BaseLayout.astro shows it on paper only): /qr/articles-ice-or-heat.svg
 * for /articles/ice-or-heat/, /qr/es-tools-ice-heat-timer.svg for /es/tools/ice-heat-timer/.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const pages: string[] = [];
  for (const locale of locales) {
    const { articles } = await getContent(locale);
    pages.push(...articles.map((article) => localizePath(`/articles/${article.id}/`, locale)));
    pages.push(...TOOLS.map((tool) => localizePath(tool.path, locale)));
  }
  return pages.map((path) => {
    const file = qrCodePath(path);
    if (!file) throw new Error(`src/pages/qr: ${path} is not a page that prints a QR code (qrCodePath)`);
    return { params: { page: file.slice('/qr/'.length, -'.svg'.length) }, props: { path } };
  });
};

export const GET: APIRoute = ({ props, site }) => {
  const svg = qrCodeSvg(absoluteUrl(props.path as string, siteOf(site), import.meta.env.BASE_URL));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
