export * from './fields.ts';
export * from './article.ts';
export * from './topic.ts';
export * from './source.ts';
export * from './redFlag.ts';
export * from './glossary.ts';
export * from './selfCare.ts';
export * from './redirect.ts';
