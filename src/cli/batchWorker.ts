/**
 * One of the batch CLI's worker threads: reads an article, analyses it and answers with what the main thread
 * writes or adds up (a finished JSON line, or the article's source audit), so the main thread only moves strings.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { auditArticle, type SourceAudit } from '../core/audit';
import { decodeArticle } from '../core/text/decode';
import { NotAnArticle, readRegularFile } from './readFile';

export interface BatchTask {
  id: number;
  path: string;
  mode: 'jsonl' | 'audit';
  estimateGender: boolean;
  maxBytes: number;
}

export type BatchReply =
  | { id: number; path: string; line: string; warning?: string }
  | { id: number; path: string; audit: SourceAudit; warning?: string }
  | { id: number; path: string; error: string };

function run({ id, path, mode, estimateGender, maxBytes }: BatchTask): BatchReply {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, maxBytes);
  } catch (e) {
    return { id, path, error: e instanceof NotAnArticle ? e.reason : `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { id, path, error: decoded.error };
  const analysis = analyze(decoded.text);
  const warning = decoded.warning;
  if (mode === 'audit') return { id, path, audit: auditArticle(decoded.text, analysis, { estimateGender }), warning };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { id, path, line: JSON.stringify({ path, sha256, analysis }), warning };
}

parentPort?.on('message', (task: BatchTask) => {
  let reply: BatchReply;
  try {
    reply = run(task);
  } catch (e) {
    // An analyzer failure on one article is reported for that article; the run goes on.
    reply = { id: task.id, path: task.path, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  parentPort?.postMessage(reply);
});
