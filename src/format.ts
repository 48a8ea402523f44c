import type { Analysis } from './core';
import { counted } from './plural';

/** A human-readable listing of an analysis, for the terminal. */
export function formatAnalysis(a: Analysis): string {
  const lines: string[] = [];
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  lines.push(`Entities (${a.entities.length})`);
  for (const e of a.entities) {
    const extra = [e.role, e.affiliation].filter(Boolean).join(', ');
    const aliases = e.aliases.length ? ` aka ${e.aliases.join(' / ')}` : '';
    lines.push(`  ${e.type.padEnd(6)} ${e.name}${aliases}${extra ? ` — ${extra}` : ''} (${counted(e.mentions.length, 'mention')})`);
  }
  lines.push(`Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const speaker = q.speakerId ? byId.get(q.speakerId)?.name ?? q.speakerId : 'unattributed';
    lines.push(`  [${q.start}-${q.end}] ${speaker}: ${q.text.length > 80 ? q.text.slice(0, 77) + '…' : q.text}`);
  }
  return lines.join('\n');
}
