/** The source audit as text for a terminal and as CSV for a spreadsheet. */
import { csvField } from '../output/csv';
import type { Count, SourceAudit } from './audit';

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);

/** The speakers table's columns, shared by the CSV and the terminal table. */
function speakerRows(audit: SourceAudit): string[][] {
  const gender = audit.genderEstimate !== undefined;
  const header = ['speaker', 'named', 'type', 'role', 'affiliation', 'quotes', 'words', 'articles', ...(gender ? ['gender (estimate)'] : [])];
  const rows = audit.speakers.map((s) => [
    s.name, s.named ? 'yes' : 'no', s.type ?? 'unnamed', s.role ?? '', s.affiliation ?? '', String(s.quotes), String(s.words), String(s.articles),
    ...(gender ? [s.gender ?? ''] : []),
  ]);
  return [header, ...rows];
}

/** One row per speaker (RFC 4180, formulas defused). */
export function auditToCsv(audit: SourceAudit): string {
  return speakerRows(audit).map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function counts(title: string, list: Count[], speakers: number): string {
  const rows = list.map((c) => [`  ${c.label}`, String(c.speakers), percent(c.speakers, speakers), String(c.quotes)]);
  return `${title}\n${table([['', 'speakers', 'share', 'quotes'], ...rows])}`;
}

/** A readable summary, then the speakers by type, affiliation and (when asked for) estimated gender, then every speaker. */
export function formatAudit(audit: SourceAudit): string {
  const parts = [
    `Source audit of ${audit.articles} article${audit.articles === 1 ? '' : 's'}`,
    `  quotes: ${audit.quotes} (${audit.wordsQuoted} words)`,
    `  distinct speakers: ${audit.distinctSpeakers} (named ${audit.namedSpeakers}, unnamed ${audit.unnamedSpeakers})`,
    `  quotes of unnamed sources: ${audit.unnamedSourceQuotes} (${percent(audit.unnamedSourceQuotes, audit.quotes)})`,
    `  unattributed quotes: ${audit.unattributedQuotes} (${percent(audit.unattributedQuotes, audit.quotes)})`,
    '',
    counts('Speakers by type', audit.byType, audit.distinctSpeakers),
    '',
    counts('Named speakers by affiliation (as stated in the text)', audit.byAffiliation, audit.namedSpeakers),
  ];
  if (audit.genderEstimate) {
    const people = audit.genderEstimate.reduce((n, c) => n + c.speakers, 0);
    parts.push('', counts('Named people by gender (an ESTIMATE from given names, not a fact about anyone)', audit.genderEstimate, people));
  }
  parts.push('', table(speakerRows(audit)));
  return parts.join('\n');
}
