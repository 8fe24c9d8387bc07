import type { Problem } from '../../schemas/problems.ts';

export interface ArticleRefs {
  id: string;
  file: string;
  draft: boolean;
  topic: string;
  sources: readonly string[];
  related: readonly string[];
}

export interface ReferenceInput {
  articles: readonly ArticleRefs[];
  topicIds: readonly string[];
  sourceIds: readonly string[];
  redFlags: readonly { id: string; sources: readonly string[] }[];
  redFlagsFile: string;
}

/**
 * Every id an article or red flag points at must exist. A published article
 * must not point at a draft, because the draft has no page.
 */
export function findBrokenReferences(input: ReferenceInput): Problem[] {
  const problems: Problem[] = [];
  const topics = new Set(input.topicIds);
  const sources = new Set(input.sourceIds);
  const articles = new Map(input.articles.map((article) => [article.id, article]));

  for (const article of input.articles) {
    const file = article.file;
    if (!topics.has(article.topic)) {
      problems.push({ file, field: 'topic', message: `unknown topic "${article.topic}" (not in content/topics.yaml)` });
    }
    article.sources.forEach((id, index) => {
      if (!sources.has(id)) {
        problems.push({
          file,
          field: `sources[${index}]`,
          message: `unknown source id "${id}" (not in content/sources.yaml)`,
        });
      }
    });
    article.related.forEach((id, index) => {
      const target = articles.get(id);
      const field = `related[${index}]`;
      if (!target) {
        problems.push({ file, field, message: `unknown article "${id}" (no content/articles/${id}.mdx)` });
      } else if (id === article.id) {
        problems.push({ file, field, message: 'an article cannot be related to itself' });
      } else if (target.draft && !article.draft) {
        problems.push({ file, field, message: `"${id}" is a draft, so it has no page to link to` });
      }
    });
  }

  input.redFlags.forEach((flag, index) => {
    flag.sources.forEach((id, sourceIndex) => {
      if (!sources.has(id)) {
        problems.push({
          file: input.redFlagsFile,
          field: `[${index}].sources[${sourceIndex}]`,
          message: `unknown source id "${id}" in red flag "${flag.id}"`,
        });
      }
    });
  });

  return problems;
}
