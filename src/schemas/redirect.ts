import { z } from 'zod';

/** A path on this site, written from the root: starts and ends with "/". */
export const sitePathSchema = z
  .string({ error: 'must be a path like /articles/ice-or-heat/' })
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, {
    error:
      'must be a path from the site root in lower-case words and hyphens, starting and ending with "/", like /articles/ice-or-heat/',
  });

/** One entry of content/redirects.yaml: an old or short address and the live page it sends readers to. */
export const redirectSchema = z
  .strictObject({
    /** The old or short address, such as /help/ or /articles/old-slug/. */
    from: sitePathSchema,
    /** A live page on this site. */
    to: sitePathSchema,
  })
  .refine((r) => r.from !== r.to, { error: 'from and to are the same address', path: ['to'] });

/** content/redirects.yaml: no address redirected twice. */
export const redirectListSchema = z
  .array(redirectSchema, { error: 'must be a YAML list of { from, to } entries' })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, index) => {
      if (seen.has(r.from))
        ctx.addIssue({ code: 'custom', path: [index, 'from'], message: `redirects "${r.from}" a second time` });
      seen.add(r.from);
    });
  });

export type Redirect = z.output<typeof redirectSchema>;

/**
 * content/published.yaml: the slug of every article ever published. Slugs are
 * permanent, so a slug stays here for good, even after its article is renamed
 * (its old address then needs a redirect).
 */
export const publishedListSchema = z
  .array(
    z.string({ error: 'must be an article slug' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be an article slug: lower-case words joined by hyphens',
    }),
    { error: 'must be a YAML list of article slugs' },
  )
  .superRefine((slugs, ctx) => {
    const seen = new Set<string>();
    slugs.forEach((slug, index) => {
      if (seen.has(slug)) ctx.addIssue({ code: 'custom', path: [index], message: `lists "${slug}" twice` });
      seen.add(slug);
    });
  });
