import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  headerCsp,
  isRedirectPage,
  metaCsp,
  nginxQuote,
  isHashedFile,
  renderHeadersFile,
  renderNginxConf,
  sitePolicy,
} from '../../src/build/hosting/render.ts';
import { linkTextProblem } from '../helpers/linkText.ts';

const POLICY = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'";
const page = (policy = POLICY) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head></html>`;

describe('Content-Security-Policy from the pages', () => {
  test('reads the policy from the meta tag, whatever the attribute order', () => {
    expect(metaCsp(page())).toBe(POLICY);
    expect(metaCsp(`<meta content="default-src 'none'" http-equiv="Content-Security-Policy">`)).toBe(
      "default-src 'none'",
    );
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
  });

  test('reads the meta tag as HTML: entities, single quotes, never a commented-out tag', () => {
    const tag = `<META HTTP-EQUIV='Content-Security-Policy' CONTENT='default-src &#x27;self&#x27;; img-src data: &quot;x&quot;'>`;
    expect(metaCsp(`<!-- <meta http-equiv="content-security-policy" content="old"> -->${tag}`)).toBe(
      `default-src 'self'; img-src data: "x"`,
    );
    expect(isRedirectPage('<!-- <meta http-equiv="refresh" content="0;url=/a/"> --><p>Hi</p>')).toBe(false);
  });

  test('the header keeps every directive and hash, and adds frame-ancestors', () => {
    expect(headerCsp(POLICY)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    );
    expect(headerCsp("default-src 'self'; frame-ancestors 'self'")).toBe("default-src 'self'; frame-ancestors 'self'");
  });

  test('one policy for the whole site, or a clear error naming the page', () => {
    const redirect = '<!doctype html><meta http-equiv="refresh" content="0;url=/a/">';
    expect(isRedirectPage(redirect)).toBe(true);
    expect(
      sitePolicy(
        new Map([
          ['a/index.html', page()],
          ['help/index.html', redirect],
        ]),
      ),
    ).toBe(POLICY);
    expect(() =>
      sitePolicy(
        new Map([
          ['a/index.html', page()],
          ['b/index.html', page("default-src 'self'")],
        ]),
      ),
    ).toThrow(/b\/index\.html has a different Content-Security-Policy from a\/index\.html/);
    expect(() => sitePolicy(new Map([['a/index.html', '<html></html>']]))).toThrow(
      /a\/index\.html has no Content-Security-Policy/,
    );
  });
});

describe('host files', () => {
  test('_headers: security headers on every path, one Cache-Control rule per path, under the base path', () => {
    const text = renderHeadersFile("default-src 'self'", '/guide/', [
      '_astro/',
      'about/',
      'favicon.svg',
      'index.html',
      '_headers',
    ]);
    expect(text).toContain(
      "/guide/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
    );
    expect(text).toContain('/guide/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    for (const path of ['/guide/', '/guide/about/*', '/guide/favicon.svg', '/guide/index.html']) {
      expect(text).toContain(`\n${path}\n  Cache-Control: public, max-age=0, must-revalidate`);
    }
    expect(text).not.toContain('/guide/_headers');
  });

  test('_headers: the search index files named by hash are immutable; only meta.json revalidates', () => {
    const text = renderHeadersFile("default-src 'self'", '/', ['_astro/', 'search-index/', 'index.html']);
    expect(text).toContain('\n/search-index/meta.json\n  Cache-Control: public, max-age=0, must-revalidate');
    for (const folder of ['terms', 'typos', 'docs']) {
      expect(text).toContain(`\n/search-index/${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`);
    }
    expect(text).not.toContain('/search-index/*');
    expect(isHashedFile('search-index/terms/0.abc.json')).toBe(true);
    expect(isHashedFile('search-index/meta.json')).toBe(false);
    expect(isHashedFile('_astro/a.js')).toBe(true);
  });

  test('nginx: fills every placeholder of nginx.conf, with redirects with and without the slash', () => {
    const conf = renderNginxConf(readFileSync('nginx.conf', 'utf8'), {
      csp: "default-src 'self'",
      base: '/',
      redirects: [{ from: '/help/', to: '/a/', status: 301 }],
      root: '/srv/site',
      listen: '127.0.0.1:8080',
    });
    expect(conf).not.toMatch(/\{\{/);
    expect(conf).toContain('listen 127.0.0.1:8080;');
    expect(conf).toContain('root /srv/site;');
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(conf).toContain('location = /help { return 301 /a/; }');
    expect(conf).toContain('location = /help/ { return 301 /a/; }');
    expect(conf).toContain('error_page 404 /404.html;');
  });

  test('nginx: refuses values that would break or inject into the config', () => {
    const template = 'root {{root}}; listen {{listen}};';
    const options = { csp: "default-src 'self'", base: '/', redirects: [], root: '/srv/site', listen: '80' };
    expect(() => renderNginxConf(template, { ...options, root: '/srv/site; evil' })).toThrow(/--root/);
    expect(() => renderNginxConf(template, { ...options, listen: '80; evil' })).toThrow(/--listen/);
    expect(() => renderNginxConf('{{unknown}}', options)).toThrow('no value for {{unknown}}');
    expect(() => nginxQuote('a"b')).toThrow();
    expect(() => nginxQuote('$host')).toThrow();
  });
});

describe('link text', () => {
  test.each([
    'click here',
    'Here',
    'Read more…',
    'more',
    'https://example.org/page',
    'www.nhs.uk',
    'nhs.uk/conditions/back-pain/',
    '/articles/ice-or-heat/',
    '  ',
  ])('"%s" fails', (text) => expect(linkTextProblem(text)).toBeDefined());
  test.each(['When to get help', 'Read more about ice and heat', 'NHS: back pain', 'Skip to main content'])(
    '"%s" passes',
    (text) => expect(linkTextProblem(text)).toBeUndefined(),
  );
});
