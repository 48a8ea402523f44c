/** The source audit: who is quoted, how much, named or not, by type, affiliation and (opt-in) estimated gender. */
export { auditArticle, AuditTotals, countWords, NOT_STATED, UNNAMED, type AuditOptions, type Count, type SourceAudit, type SpeakerAudit } from './audit';
export { estimateGender, type GenderEstimate } from './gender';
export { auditToCsv, formatAudit } from './report';
export { unnamedSource } from './unnamedSources';
