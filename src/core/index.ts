/** The analyzer's public API: pure TypeScript, usable from Node, the browser and the CLI. */
export { analyze } from './analyze';
export type * from './types';
export * from './output/query';
export { quotesToCsv } from './output/csv';
export { tokenize, isCapitalized, type Token } from './text/tokenize';
export { sentenceIds, sentenceRanges } from './text/sentences';
export * from './audit';
export { EntityIndex, nameKey } from './corpus/entityIndex';
export { corpusEntities, type CorpusEntity, type CorpusMention } from './corpus/corpusEntities';
