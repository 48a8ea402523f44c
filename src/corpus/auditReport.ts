import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';
import { AuditTotals, auditToCsv, type SourceAudit } from '../core/audit';
import type { Analysis } from '../core/types';
import { auditHtml } from './auditHtml';
import type { WorkspaceIndex } from './workspaceIndex';

// Web Crypto and btoa: the same on Node and in the browser.
const nonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

/** An article outside the index (not in a workspace folder): audited from its live analysis. */
export interface LiveArticle {
  uri: vscode.Uri;
  text: string;
  analysis: Analysis;
}

/** The corpus audit, or one article's, with the gender estimate only when the user opted in. */
export function sourceAudit(index: WorkspaceIndex, only?: LiveArticle): SourceAudit {
  const estimateGender = vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('audit.estimateGender', false);
  const totals = new AuditTotals({ estimateGender });
  const indexed = only ? index.get(only.uri) : undefined;
  if (only && !indexed) totals.addArticle(only.text, only.analysis);
  else for (const article of indexed ? [indexed] : index.all()) totals.addAudit(article.audit);
  return totals.result();
}

/** `Article: Show Source Audit`: a webview report, for the active article or the whole workspace. */
export class AuditReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: LiveArticle | undefined;
  private readonly subscription: vscode.Disposable;
  /** The audit the panel shows, for tests and the exports. */
  audit: SourceAudit | undefined;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.panel && this.render());
  }

  private get title(): string {
    return this.scope ? `Source audit: ${vscode.workspace.asRelativePath(this.scope.uri)}` : 'Source audit: workspace';
  }

  show(scope: LiveArticle | undefined): void {
    this.scope = scope;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('articleAnnotator.audit', this.title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { export?: string }) => {
        if (m.export === 'csv' || m.export === 'html') void this.export(m.export);
      });
    }
    this.render();
    this.panel.reveal();
  }

  private render(): void {
    if (!this.panel) return;
    this.audit = sourceAudit(this.index, this.scope);
    this.panel.title = this.title;
    this.panel.webview.html = auditHtml(this.audit, { title: this.title, nonce: nonce(), webview: { cspSource: this.panel.webview.cspSource } });
  }

  /** Saves the audit as CSV (one row per speaker) or as a standalone HTML page. */
  async export(format: 'csv' | 'html', to?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const audit = this.audit ?? sourceAudit(this.index, this.scope);
    const target = to ?? (await vscode.window.showSaveDialog({
      filters: format === 'csv' ? { CSV: ['csv'] } : { HTML: ['html'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `source-audit.${format}`) : undefined,
    }));
    if (!target) return undefined;
    const content = format === 'csv' ? auditToCsv(audit) : auditHtml(audit, { title: this.title, nonce: nonce() });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    void vscode.window.showInformationMessage(`Source audit saved to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscription.dispose();
  }
}
