/**
 * VS Code's TextMate engine (vscode-textmate + vscode-oniguruma) loaded with the article grammars and VS Code's
 * Markdown grammar, for the unit tests and `npm run bench:grammar`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The repository root (this file runs from out/test/grammar). */
export const root = path.resolve(__dirname, '../../..');

const GRAMMAR_FILES: Record<string, string> = {
  'text.article': 'syntaxes/article.tmLanguage.json',
  'text.html.markdown': 'node_modules/tm-grammars/grammars/markdown.json',
};

let engine: textmate.Registry | undefined;

function createRegistry(): textmate.Registry {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  return new textmate.Registry({
    onigLib,
    // Grammars embedded in Markdown code blocks (JavaScript, …) are not loaded: their blocks stay unhighlighted.
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? textmate.parseRawGrammar(fs.readFileSync(path.join(root, file), 'utf8'), file) : null;
    },
  });
}

/** The engine's registry. */
export function registry(): textmate.Registry {
  return (engine ??= createRegistry());
}

/** A grammar by scope name. */
export async function loadGrammar(scopeName: 'text.article' | 'text.html.markdown'): Promise<textmate.IGrammar> {
  const grammar = await registry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}

export interface LineTokens {
  line: string;
  tokens: textmate.IToken[];
}

/** Tokenizes line by line as the editor does, carrying the rule stack across lines; no time limit. */
export function tokenize(grammar: textmate.IGrammar, text: string): LineTokens[] {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { line, tokens: result.tokens };
  });
}

/** A readable snapshot in vscode-tmgrammar-snap's format: each line, then each token's columns and scopes. */
export function snapshot(lines: LineTokens[]): string {
  return lines
    .map(({ line, tokens }) => [
      `>${line}`,
      ...tokens
        .filter((t) => t.startIndex < line.length)
        .map((t) => `#${' '.repeat(t.startIndex)}${'^'.repeat(Math.min(t.endIndex, line.length) - t.startIndex)} ${t.scopes.join(' ')}`),
    ].join('\n'))
    .join('\n') + '\n';
}
