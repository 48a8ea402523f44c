/**
 * The source audit as an HTML page with bar charts: for the webview (with export buttons) and as a standalone file.
 * No VS Code import, so a unit test can check it. Strict Content Security Policy: nothing remote, styles and the one
 * script only by nonce, bars drawn as SVG attributes (no inline style). Colours are VS Code's theme variables, with
 * fallbacks for the standalone file; every text from an article is escaped.
 */
import type { Count, SourceAudit } from '../core/audit';
import { counted } from '../plural';

export interface AuditPageOptions {
  title: string;
  nonce: string;
  /** Set for the webview: adds the export buttons and their script. */
  webview?: { cspSource: string };
}

/** Speakers shown in the per-speaker chart; the CSV has them all. */
const TOP_SPEAKERS = 25;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

interface Bar {
  label: string;
  value: number;
  /** What the number means, for the text beside the bar and screen readers. */
  text: string;
}

function chart(caption: string, bars: Bar[], note = ''): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b) => {
      const width = ((100 * b.value) / max).toFixed(1);
      return `<tr><th scope="row">${escapeHtml(b.label)}</th><td class="bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="0" y="0" width="${width}" height="10"></rect></svg></td><td class="num">${escapeHtml(b.text)}</td></tr>`;
    })
    .join('');
  return `<section><table><caption>${escapeHtml(caption)}</caption>${note ? `<tr><td colspan="3" class="note">${escapeHtml(note)}</td></tr>` : ''}${rows || '<tr><td colspan="3">none</td></tr>'}</table></section>`;
}

const shareBars = (counts: Count[], whole: number): Bar[] =>
  counts.map((c) => ({ label: c.label, value: c.speakers, text: `${c.speakers} (${percent(c.speakers, whole)}%) · ${counted(c.quotes, 'quote')}` }));

const STYLE = `
:root { --fg: var(--vscode-foreground, #1f1f1f); --bg: var(--vscode-editor-background, #ffffff); --bar: var(--vscode-charts-blue, #1a73c8);
  --muted: var(--vscode-descriptionForeground, #5f5f5f); --border: var(--vscode-contrastBorder, transparent); --focus: var(--vscode-focusBorder, #0066cc);
  --button-bg: var(--vscode-button-background, #0b62c4); --button-fg: var(--vscode-button-foreground, #ffffff); }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-foreground, #e0e0e0); --bg: var(--vscode-editor-background, #1e1e1e); --bar: var(--vscode-charts-blue, #4da3ff); --muted: var(--vscode-descriptionForeground, #b0b0b0); } }
body { color: var(--fg); background: var(--bg); font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); margin: 1em 2em; max-width: 60em; }
h1 { font-size: 1.4em; } .estimate { font-weight: bold; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; } dt { color: var(--muted); } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1.2em 0; } caption { text-align: left; font-weight: bold; padding-bottom: .4em; }
th { text-align: left; font-weight: normal; padding: .15em 1em .15em 0; width: 30%; } td.bar { width: 45%; } td.num { padding-left: .8em; white-space: nowrap; }
td.note { color: var(--muted); padding-bottom: .3em; }
svg { display: block; width: 100%; height: 1em; } rect { fill: var(--bar); stroke: var(--border); stroke-width: 1px; vector-effect: non-scaling-stroke; }
button { color: var(--button-fg); background: var(--button-bg); border: 1px solid var(--border); padding: .4em 1em; margin-right: .5em; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
for (const button of document.querySelectorAll('button[data-export]')) {
  button.addEventListener('click', () => vscode.postMessage({ export: button.dataset.export }));
}`;

export function auditHtml(audit: SourceAudit, { title, nonce, webview }: AuditPageOptions): string {
  const csp = webview
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource}`
    : `default-src 'none'; style-src 'nonce-${nonce}'`;
  const top = audit.speakers.slice(0, TOP_SPEAKERS);
  const summary: [string, string][] = [
    ['Articles', String(audit.articles)],
    ['Quotes', `${audit.quotes} (${counted(audit.wordsQuoted, 'word')})`],
    ['Distinct speakers', `${audit.distinctSpeakers}: ${audit.namedSpeakers} named, ${audit.unnamedSpeakers} unnamed`],
    ['Quotes of unnamed sources', `${audit.unnamedSourceQuotes} (${percent(audit.unnamedSourceQuotes, audit.quotes)}%)`],
    ['Unattributed quotes', `${audit.unattributedQuotes} (${percent(audit.unattributedQuotes, audit.quotes)}%)`],
  ];
  const sections = [
    chart('Quotes per speaker', top.map((s) => ({ label: s.named ? s.name : `${s.name} (unnamed)`, value: s.quotes, text: `${counted(s.quotes, 'quote')} · ${counted(s.words, 'word')}` })),
      audit.speakers.length > TOP_SPEAKERS ? `The ${TOP_SPEAKERS} most quoted of ${audit.speakers.length}; the CSV lists all.` : ''),
    chart('Named and unnamed sources', [
      { label: 'named', value: audit.namedSpeakers, text: `${audit.namedSpeakers} (${percent(audit.namedSpeakers, audit.distinctSpeakers)}%)` },
      { label: 'unnamed', value: audit.unnamedSpeakers, text: `${audit.unnamedSpeakers} (${percent(audit.unnamedSpeakers, audit.distinctSpeakers)}%)` },
    ]),
    chart('Speakers by type', shareBars(audit.byType, audit.distinctSpeakers)),
    chart('Named speakers by affiliation, as the text states it', shareBars(audit.byAffiliation, audit.namedSpeakers)),
  ];
  if (audit.genderEstimate) {
    const people = audit.genderEstimate.reduce((n, c) => n + c.speakers, 0);
    sections.push(chart('Named people by gender — an ESTIMATE from given names', shareBars(audit.genderEstimate, people),
      'Estimated from given names only; a name in both or neither of the name lists counts as unknown. Not a statement about anyone.'));
  }
  const buttons = webview
    ? `<p><button type="button" data-export="csv">Export CSV…</button><button type="button" data-export="html">Export HTML…</button></p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<dl>${summary.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
${buttons}
${sections.join('\n')}
</main>${webview ? `<script nonce="${nonce}">${SCRIPT}</script>` : ''}</body></html>`;
}
