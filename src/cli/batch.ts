/**
 * `analyze DIR|FILE... --format jsonl` and `audit DIR|FILE...`: many articles on worker threads, results streamed
 * in input order, never held (a bounded window of articles is in flight, whatever the corpus size).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { AuditTotals, formatAudit } from '../core/audit';
import { articleFiles, checkInputs } from './articleFiles';
import { maxBytes } from './readFile';
import { forTerminal } from './terminalText';
import type { BatchReply, BatchTask } from './batchWorker';
import { Progress } from './progress';
import { UsageError } from './usageError';
import { WorkerPool } from './workerPool';

export interface BatchOptions {
  inputs: string[];
  mode: 'jsonl' | 'audit';
  jobs: number;
  json: boolean;
  estimateGender: boolean;
  /** Articles above this size are reported and skipped. */
  maxBytes: number;
}

/** Reads `--jobs N`, `--format F`, `--json` and `--estimate-gender` out of the arguments after the command. */
export function parseBatchArgs(command: 'analyze' | 'audit', args: string[]): BatchOptions {
  const options: BatchOptions = { inputs: [], mode: command === 'audit' ? 'audit' : 'jsonl', jobs: availableParallelism(), json: false, estimateGender: false, maxBytes: maxBytes(undefined) };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--jobs' || arg === '-j') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not ${args[i]}`);
      options.jobs = jobs;
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'jsonl') throw new UsageError(`--format ${format}: only jsonl is streamed (one JSON line per article); for one file use --json`);
    } else if (arg === '--max-size') options.maxBytes = maxBytes(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--estimate-gender') options.estimateGender = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new UsageError(`${command}: name at least one file or directory`);
  return options;
}

/** Whether `analyze` was asked for a stream: `--format jsonl`, or several inputs. */
export function isBatchAnalyze(args: string[]): boolean {
  const inputs = args.filter((a, i) => !a.startsWith('-') && !['--format', '--jobs', '-j', '--max-size'].includes(args[i - 1]));
  return args.includes('--format') || inputs.length > 1;
}

/** Writes to stdout, waiting when the pipe is full so a slow reader never makes lines pile up in memory. */
function write(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** Runs the batch; the exit code is 1 when some article could not be read (each said so on stderr), else 0. */
export async function runBatch(options: BatchOptions): Promise<number> {
  checkInputs(options.inputs);
  const pool = new WorkerPool<BatchTask, BatchReply>(join(__dirname, 'batchWorker.js'), options.jobs);
  const progress = new Progress();
  const totals = new AuditTotals({ estimateGender: options.estimateGender });
  let failed = 0;
  let id = 0;
  async function* tasks(): AsyncGenerator<BatchTask> {
    for await (const path of articleFiles(options.inputs)) yield { id: id++, path, mode: options.mode, estimateGender: options.estimateGender, maxBytes: options.maxBytes };
    progress.setTotal(id);
  }
  try {
    await pool.run(tasks(), (reply) => {
      progress.tick();
      if ('error' in reply) {
        failed++;
        console.error(forTerminal(`article-annotator: ${reply.path}: ${reply.error}`));
        return;
      }
      if (reply.warning) console.error(forTerminal(`article-annotator: ${reply.path}: ${reply.warning}`));
      if ('audit' in reply) totals.addAudit(reply.audit);
      else return write(reply.line + '\n');
    });
  } finally {
    progress.finish();
    await pool.dispose();
  }
  if (options.mode === 'audit') {
    const audit = totals.result();
    await write((options.json ? JSON.stringify(audit, null, 2) : forTerminal(formatAudit(audit))) + '\n');
  }
  if (id === 0) console.error(`article-annotator: no articles (*.txt, *.md, *.markdown, *.article) in ${options.inputs.join(', ')}`);
  return failed > 0 ? 1 : 0;
}
