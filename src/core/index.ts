/** The analyzer's public API: pure TypeScript, usable from Node, the browser and the CLI. */
export { analyze } from './analyze';
export type * from './types';
export * from './query';
export { quotesToCsv } from './csv';
export { tokenize, isCapitalized, type Token } from './tokenize';
export { sentenceIds, sentenceRanges } from './sentences';
