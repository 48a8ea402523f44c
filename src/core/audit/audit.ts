/**
 * The source audit: who is quoted and how much, in one article or a corpus, in the spirit of the Gender Gap Tracker
 * and the BBC's 50:50 project. Figures come from the analysis; unattributed quotations whose sentence names an unnamed
 * source ("one man said") count as quotes of that unnamed source. Affiliations are those the text states and the
 * analyzer read (entity.affiliation); the gender figures are an opt-in estimate from given names.
 */
import { EntityIndex } from '../corpus/entityIndex';
import type { Analysis, Entity, EntityType } from '../types';
import { estimateGender, type GenderEstimate } from './gender';
import { unnamedSource } from './unnamedSources';

export interface AuditOptions {
  /** Estimate named people's gender from their given names (articleAnnotator.audit.estimateGender). */
  estimateGender?: boolean;
}

export interface SpeakerAudit {
  /** The canonical name, or an unnamed source's words ("one man"). */
  name: string;
  /** Named in the text, rather than an unnamed source. */
  named: boolean;
  /** The entity type; absent for unnamed sources. */
  type?: EntityType;
  aliases: string[];
  role?: string;
  affiliation?: string;
  quotes: number;
  /** Words inside this speaker's quotations. */
  words: number;
  /** Articles quoting this speaker. */
  articles: number;
  /** Only for named people, and only when estimated. */
  gender?: GenderEstimate;
}

export interface Count {
  label: string;
  speakers: number;
  quotes: number;
}

export interface SourceAudit {
  articles: number;
  quotes: number;
  wordsQuoted: number;
  /** Quotations with no speaker at all, named or unnamed. */
  unattributedQuotes: number;
  unnamedSourceQuotes: number;
  /**
   * Distinct sources: named speakers merged by canonical name and full-name aliases across articles; an unnamed
   * source counts once per article and wording, however often it is quoted there.
   */
  distinctSpeakers: number;
  namedSpeakers: number;
  unnamedSpeakers: number;
  /** Most quoted first; unnamed sources with the same wording in several articles share one row. */
  speakers: SpeakerAudit[];
  /** PERSON, ORG, PLACE and "unnamed". */
  byType: Count[];
  /** Stated affiliations, most speakers first, then "not stated". */
  byAffiliation: Count[];
  /** Named people by estimated gender (female, male, unknown); present only when estimated. */
  genderEstimate?: Count[];
}

export const UNNAMED = 'unnamed';
export const NOT_STATED = 'not stated';
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];
const GENDERS: readonly GenderEstimate[] = ['female', 'male', 'unknown'];

/** Words as a reader counts them: "can’t" and "’09" are one word each, punctuation none. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The audit of one article. */
export function auditArticle(text: string, analysis: Analysis, options: AuditOptions = {}): SourceAudit {
  const totals = new AuditTotals(options);
  totals.addArticle(text, analysis);
  return totals.result();
}

/** Accumulates the audit of many articles, holding only their speakers, never their analyses. */
export class AuditTotals {
  private readonly index = new EntityIndex();
  private readonly named = new Map<number, SpeakerAudit>();
  private readonly unnamed = new Map<string, SpeakerAudit>();
  private articles = 0;
  private quotes = 0;
  private wordsQuoted = 0;
  private unattributedQuotes = 0;
  private unnamedSourceQuotes = 0;

  constructor(private readonly options: AuditOptions = {}) {}

  addArticle(text: string, analysis: Analysis): void {
    this.articles++;
    const byId = new Map(analysis.entities.map((e) => [e.id, e]));
    const seen = new Set<SpeakerAudit>();
    for (const q of analysis.quotes) {
      const words = countWords(q.text);
      this.quotes++;
      this.wordsQuoted += words;
      const entity = q.speakerId === null ? undefined : byId.get(q.speakerId);
      const phrase = entity ? undefined : unnamedSource(text, q);
      if (!entity && !phrase) {
        this.unattributedQuotes++;
        continue;
      }
      const speaker = entity ? this.namedSpeaker(entity) : this.unnamedRow(phrase as string);
      if (!entity) this.unnamedSourceQuotes++;
      speaker.quotes++;
      speaker.words += words;
      if (!seen.has(speaker)) {
        seen.add(speaker);
        speaker.articles++;
      }
    }
  }

  /** Adds an audit made elsewhere (another worker's articles), merging its speakers into these. */
  addAudit(audit: SourceAudit): void {
    this.articles += audit.articles;
    this.quotes += audit.quotes;
    this.wordsQuoted += audit.wordsQuoted;
    this.unattributedQuotes += audit.unattributedQuotes;
    this.unnamedSourceQuotes += audit.unnamedSourceQuotes;
    for (const s of audit.speakers) {
      const into = s.named && s.type ? this.namedSpeaker({ type: s.type, name: s.name, aliases: s.aliases, role: s.role, affiliation: s.affiliation }) : this.unnamedRow(s.name);
      into.quotes += s.quotes;
      into.words += s.words;
      into.articles += s.articles;
    }
  }

  private namedSpeaker(entity: Pick<Entity, 'type' | 'name' | 'aliases' | 'role' | 'affiliation'>): SpeakerAudit {
    const { cluster, joined } = this.index.add(entity);
    let row = this.named.get(cluster);
    if (!row) this.named.set(cluster, (row = { name: entity.name, named: true, type: entity.type, aliases: [], quotes: 0, words: 0, articles: 0 }));
    // A name that joins two clusters ("Ada Quill" known as "Ada B. Quill" elsewhere) folds their rows together.
    for (const c of joined) {
      const other = this.named.get(c);
      if (other) mergeRows(row, other);
      this.named.delete(c);
    }
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== row.name && !row.aliases.includes(alias)) row.aliases.push(alias);
    row.role ??= entity.role;
    row.affiliation ??= entity.affiliation;
    if (this.options.estimateGender && entity.type === 'PERSON') row.gender ??= estimateGender(row.name);
    return row;
  }

  private unnamedRow(phrase: string): SpeakerAudit {
    let row = this.unnamed.get(phrase);
    if (!row) this.unnamed.set(phrase, (row = { name: phrase, named: false, aliases: [], quotes: 0, words: 0, articles: 0 }));
    return row;
  }

  result(): SourceAudit {
    const speakers = [...this.named.values(), ...this.unnamed.values()].sort((a, b) => b.quotes - a.quotes || b.words - a.words || a.name.localeCompare(b.name));
    const named = speakers.filter((s) => s.named);
    const count = (label: string, rows: SpeakerAudit[]): Count => ({ label, speakers: rows.length, quotes: rows.reduce((n, s) => n + s.quotes, 0) });
    const unnamedRows = speakers.filter((s) => !s.named);
    // Each article's unnamed source is a different person, even when two articles word it alike.
    const unnamedSpeakers = unnamedRows.reduce((n, s) => n + s.articles, 0);
    const byType = [...TYPES.map((t) => count(t, named.filter((s) => s.type === t))), { ...count(UNNAMED, unnamedRows), speakers: unnamedSpeakers }];
    const affiliations = [...new Set(named.map((s) => s.affiliation).filter((a): a is string => !!a))];
    const byAffiliation = affiliations
      .map((a) => count(a, named.filter((s) => s.affiliation === a)))
      .sort((a, b) => b.speakers - a.speakers || b.quotes - a.quotes || a.label.localeCompare(b.label));
    byAffiliation.push(count(NOT_STATED, named.filter((s) => !s.affiliation)));
    const people = named.filter((s) => s.type === 'PERSON');
    return {
      articles: this.articles,
      quotes: this.quotes,
      wordsQuoted: this.wordsQuoted,
      unattributedQuotes: this.unattributedQuotes,
      unnamedSourceQuotes: this.unnamedSourceQuotes,
      distinctSpeakers: named.length + unnamedSpeakers,
      namedSpeakers: named.length,
      unnamedSpeakers,
      speakers,
      byType,
      byAffiliation,
      ...(this.options.estimateGender ? { genderEstimate: GENDERS.map((g) => count(g, people.filter((s) => (s.gender ?? 'unknown') === g))) } : {}),
    };
  }
}

function mergeRows(into: SpeakerAudit, from: SpeakerAudit): SpeakerAudit {
  into.quotes += from.quotes;
  into.words += from.words;
  into.articles += from.articles;
  for (const a of [from.name, ...from.aliases]) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
  into.role ??= from.role;
  into.affiliation ??= from.affiliation;
  into.gender ??= from.gender;
  return into;
}
