/**
 * Text from files (names, article text) put into VS Code's UI, made inert: whatever a file is called or says, it
 * shows as written and never becomes a link, a command or an icon.
 */

/**
 * For notifications (`show…Message`): VS Code turns `[text](command:…)`, `(https:…)` and `(file:…)` into links
 * there. A zero-width space between `]` and `(` keeps the text as written while no link can form.
 */
export function messageText(text: string): string {
  return text.replace(/\](?=\()/g, ']\u200b');
}

/** For quick pick labels and descriptions and status bar text, where `$(name)` shows an icon: escaped to stay text. */
export function labelText(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
