import * as vscode from 'vscode';
import type { Analyses } from '../analyses';
import { CONFIG_SECTION, Commands } from '../constants';
import type { ReviewedQuote } from '../core/annotations';
import { mentionAt, quotesOf } from '../core/output/query';
import { appendArticleText } from '../markdown';
import { introductionOf } from '../spans';
import { counted } from '../plural';
import { groupOf, trimQuote } from '../views/items';

/** The only commands a hover's links may run: article text can never add a link that runs anything else. */
const HOVER_COMMANDS = [Commands.showMentions, Commands.revealEntity, Commands.goToSpan];

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * The hover card on a mention of a person, organization or place. Every piece of article text goes in
 * through appendArticleText, which escapes Markdown and HTML; links are this extension's own commands only.
 */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: Analyses) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<boolean>('hover.enabled', true)) return undefined;
    const analysis = await this.analyses.get(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const hit = mentionAt(analysis, offset);
    if (!hit) return quoteHover(document, analysis.quotes.find((q) => q.start <= offset && offset < q.end));
    const { entity, mention } = hit;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    md.supportHtml = false;
    const group = groupOf(entity.type);
    appendArticleText(md.appendMarkdown(`$(${group.icon}) **`), entity.name).appendMarkdown(`** — _${group.noun}_ · ${entity.status}\n\n`);
    if (entity.note) appendArticleText(md.appendMarkdown('$(note) '), entity.note).appendMarkdown('\n\n');
    const role = [entity.role, entity.affiliation].filter(Boolean).join(', ');
    if (role) appendArticleText(md, role).appendMarkdown('\n\n');
    if (entity.description) appendArticleText(md.appendMarkdown('_'), entity.description).appendMarkdown('_\n\n');
    if (entity.aliases.length) appendArticleText(md.appendMarkdown('Also: '), entity.aliases.join(' · ')).appendMarkdown('\n\n');
    const quotes = quotesOf(analysis, entity.id);
    md.appendMarkdown(counted(entity.mentions.length, 'mention'));
    if (entity.type === 'PERSON' || entity.type === 'ORG') md.appendMarkdown(` · ${counted(quotes.length, 'quote')}`);
    md.appendMarkdown('\n\n');
    if (quotes.length) appendArticleText(md.appendMarkdown('> '), trimQuote(quotes[0].text, 160)).appendMarkdown('\n\n');
    const uri = document.uri.toString();
    const first = introductionOf(document, entity) ?? mention;
    md.appendMarkdown([
      // The version, so a link clicked after an edit finds its text where the edit moved it.
      commandLink('Show mentions', Commands.showMentions, [uri, mention.start, document.version]),
      commandLink('Reveal in sidebar', Commands.revealEntity, [uri, mention.start, document.version]),
      commandLink('Go to first mention', Commands.goToSpan, [uri, { start: first.start, end: first.end }, document.version]),
    ].join(' · '));
    return new vscode.Hover(md, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
  }
}

/** The card on a quotation: who said it, its review state and its note. */
function quoteHover(document: vscode.TextDocument, quote: ReviewedQuote | undefined): vscode.Hover | undefined {
  if (!quote) return undefined;
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  appendArticleText(md.appendMarkdown('$(quote) Quote — '), quote.speakerLabel).appendMarkdown(` · ${quote.status}\n\n`);
  if (quote.note) appendArticleText(md.appendMarkdown('$(note) '), quote.note).appendMarkdown('\n\n');
  return new vscode.Hover(md, new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end)));
}
