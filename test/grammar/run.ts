/**
 * `npm run test:grammar`: the annotated test files of test/grammar, or those given as arguments
 * (vscode-tmgrammar-test's format, checks and report), in the TextMate engine of engine.ts. Like VS Code, that
 * engine leaves the languages embedded in Markdown code blocks unhighlighted, where vscode-tmgrammar-test's own
 * command warns once for each of them (61 lines of "grammar not found").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGrammarTestCase, runGrammarTestCase } from 'vscode-tmgrammar-test/dist/unit/index';
import { ConsoleFullReporter } from 'vscode-tmgrammar-test/dist/unit/reporter';
import { registry, root } from './engine';

const TEST_DIR = path.join(root, 'test/grammar');
const TEST_FILE = /\.(article|md)$/;

async function main(args: string[]): Promise<number> {
  const files = args.length > 0 ? args : fs.readdirSync(TEST_DIR).filter((f) => TEST_FILE.test(f)).sort().map((f) => path.join(TEST_DIR, f));
  if (files.length === 0) throw new Error('no grammar test files');
  const reporter = new ConsoleFullReporter();
  let failed = 0;
  for (const file of files) {
    const testCase = parseGrammarTestCase(fs.readFileSync(file, 'utf8'));
    // The tool is typed against its own copy of vscode-textmate; the registry's API is the same.
    const failures = await runGrammarTestCase(registry() as unknown as Parameters<typeof runGrammarTestCase>[0], testCase);
    reporter.reportTestResult(path.relative(root, path.resolve(file)), testCase, failures);
    if (failures.length > 0) failed++;
  }
  reporter.reportSuiteResult();
  return failed;
}

main(process.argv.slice(2)).then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error: Error) => { console.error(error.message); process.exit(1); },
);
