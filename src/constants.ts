/** Identifiers shared by package.json and the code. */
export const LANGUAGE_ID = 'article';
export const CONFIG_SECTION = 'articleAnnotator';
export const Commands = {
  openAsArticle: 'articleAnnotator.openAsArticle',
} as const;
export const Views = {
  entities: 'articleAnnotator.entities',
} as const;
