/** Identifiers shared by package.json and the code. */
export const LANGUAGE_ID = 'article';
export const CONFIG_SECTION = 'articleAnnotator';
export const Commands = {
  openAsArticle: 'articleAnnotator.openAsArticle',
  leaveArticleMode: 'articleAnnotator.leaveArticleMode',
  goToEntity: 'articleAnnotator.goToEntity',
  nextQuote: 'articleAnnotator.nextQuote',
  previousQuote: 'articleAnnotator.previousQuote',
  showQuotesBySpeaker: 'articleAnnotator.showQuotesBySpeaker',
  revealEntity: 'articleAnnotator.revealEntity',
  refreshAnalysis: 'articleAnnotator.refreshAnalysis',
  exportAnalysis: 'articleAnnotator.exportAnalysis',
  copyQuotesCsv: 'articleAnnotator.copyQuotesCsv',
  showMentions: 'articleAnnotator.showMentions',
  goToSpan: 'articleAnnotator.goToSpan',
  sortEntities: 'articleAnnotator.sortEntities',
  filterEntities: 'articleAnnotator.filterEntities',
  clearEntityFilter: 'articleAnnotator.clearEntityFilter',
  whichArticlesMention: 'articleAnnotator.whichArticlesMention',
  showSourceAudit: 'articleAnnotator.showSourceAudit',
  sortCorpus: 'articleAnnotator.sortCorpus',
  filterCorpus: 'articleAnnotator.filterCorpus',
  clearCorpusFilter: 'articleAnnotator.clearCorpusFilter',
  refreshCorpus: 'articleAnnotator.refreshCorpus',
} as const;
export const Views = {
  entities: 'articleAnnotator.entities',
  quotes: 'articleAnnotator.quotes',
  corpus: 'articleAnnotator.corpus',
} as const;
