// Browser end-to-end check of the real UI: the real VS Code workbench (code-server) in headless Chromium,
// driven by playwright-core, with this extension installed in code-server's extensions folder as `npm start`
// installs it. It opens samples/, where the folder's settings make every .txt an article, opens a sample and
// asserts from the DOM that it is in the Article language, that quotations are coloured by the grammar and that
// the Entities view is shown; it opens the source audit of the samples from the command palette and checks the
// figures its webview shows against the analyzer's own audit of samples/; it saves screenshots.
// Usage: node test/e2e/ui.mjs   (SHOTS=dir for the screenshots: default test-results/screenshots;
// `npm run screenshots` writes the README's, in docs/images)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBrowser, linkExtension, root, startCodeServer, tempDir } from '../../scripts/lib/code-server.mjs';
import { STEP_TIMEOUT_MS, articleSidebar, checker, languageMode, openFile } from '../../scripts/lib/workbench.mjs';

const SHOTS = path.resolve(process.env.SHOTS || path.join(root, 'test-results/screenshots'));
const QUOTE_COLOR = 'rgb(0, 136, 0)';
const SPEAKER_COLOR = 'rgb(170, 0, 170)';
fs.mkdirSync(SHOTS, { recursive: true });
const dir = tempDir('article-e2e-');
const { log, check, fail, failures } = checker('e2e');

linkExtension(path.join(dir, 'extensions'));
const server = await startCodeServer({ dir, folder: path.join(root, 'samples'), settings: {
  // Fixed colours for the grammar's scopes, so the test can read them back from the rendered spans.
  'editor.tokenColorCustomizations': { textMateRules: [
    { scope: 'string.quoted.double.article', settings: { foreground: '#008800' } },
    { scope: 'entity.name.function.speaker.article', settings: { foreground: '#AA00AA' } },
  ] },
} });
const browser = await launchBrowser(dir);
const page = browser.pages()[0] || await browser.newPage();

const lineSpans = (text) => page.$$eval('.monaco-editor .view-lines .view-line', (lines, text) => {
  const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text));
  return [...(line?.querySelectorAll('span span') ?? [])].map((e) => ({ text: e.textContent.replace(/\u00a0/g, ' '), color: getComputedStyle(e).color }));
}, text);

/** The analyzer's source audit of the samples/ articles (the bundle `npm run compile` builds), for the webview to match. */
function samplesAudit() {
  const { analyze, AuditTotals } = createRequire(import.meta.url)(path.join(root, 'dist/core.js'));
  const totals = new AuditTotals();
  const samples = path.join(root, 'samples');
  for (const name of fs.readdirSync(samples).filter((f) => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(samples, name), 'utf8');
    totals.addArticle(text, analyze(text));
  }
  return totals.result();
}

/**
 * The source audit of the workspace, opened from the command palette as a user would: its webview's summary and
 * quotes-per-speaker chart must show the figures of the analyzer's audit of samples/.
 */
async function sourceAudit() {
  const expected = samplesAudit();
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Article: Show Source Audit');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Source Audit' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  // With an article open it asks which: the whole workspace.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'All articles in the workspace' }).first().click({ timeout: STEP_TIMEOUT_MS });
  // The webview's page sits in an inner frame of the workbench's webview frame.
  const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  // The index may still be reading a sample when the panel opens; the panel redraws as it does.
  const articles = report.locator('dt', { hasText: 'Articles' }).locator('xpath=following-sibling::dd[1]');
  await articles.filter({ hasText: new RegExp(`^${expected.articles}$`) }).waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {});
  const summary = Object.fromEntries(await report.locator('dl').evaluate((dl) =>
    [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));
  log('audit summary:', JSON.stringify(summary));
  check(summary.Articles === String(expected.articles), `the audit counts the ${expected.articles} sample articles (${summary.Articles})`);
  const speakers = `${expected.distinctSpeakers}: ${expected.namedSpeakers} named, ${expected.unnamedSpeakers} unnamed`;
  check(summary['Distinct speakers'] === speakers, `distinct speakers as the analysis has them: "${speakers}" (${summary['Distinct speakers']})`);
  check(summary.Quotes === `${expected.quotes} (${expected.wordsQuoted} words)`, `quotes and words quoted as the analysis has them (${summary.Quotes})`);
  const rows = await report.locator('table', { hasText: 'Quotes per speaker' }).locator('tr:has(td.num)').evaluateAll((trs) =>
    trs.map((tr) => `${tr.querySelector('th').textContent}: ${tr.querySelector('td.num').textContent}`));
  const noun = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const want = expected.speakers.map((s) => `${s.named ? s.name : `${s.name} (unnamed)`}: ${noun(s.quotes, 'quote')} · ${noun(s.words, 'word')}`);
  log('quotes per speaker:', JSON.stringify(rows));
  check(rows.length > 0 && JSON.stringify(rows) === JSON.stringify(want), `quotes and words per speaker as the analysis has them (${want.length} speakers)`);
  await page.screenshot({ path: path.join(SHOTS, 'source-audit.png') });
}

/**
 * The review workflow, through the real UI on a copy of an invented article (sidecars stay out of the repo):
 * a word selected with the mouse is annotated from the editor's context menu, undone and redone with the editor's
 * own keys, a suggestion is accepted with the keyboard, and the Quotes view and the status bar show the review state.
 */
async function annotatingWorkflow(server) {
  const folder = path.join(dir, 'annotating');
  fs.mkdirSync(folder, { recursive: true });
  const article = 'annotating.article.txt';
  fs.copyFileSync(path.join(root, 'test/fixtures', article), path.join(folder, article));
  await page.goto(server.url({ folder }));
  await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  await openFile(page, article);
  await languageMode(page, 'Article');
  await page.waitForTimeout(1000);

  // "a small trust in Elmdale": the analyzer took it for the library; select it and annotate it as a place from the
  // editor's context menu (its Annotate submenu), as a user would.
  const word = page.locator('.monaco-editor .view-lines .view-line', { hasText: 'small trust in' }).locator('span span', { hasText: /^Elmdale$/ });
  const box = await word.boundingBox();
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  // By role and exact name: a submenu's items are inside its parent item, whose text holds them all.
  const menuItem = (label) => page.getByRole('menuitem', { name: label, exact: true });
  await menuItem('Annotate').hover({ timeout: STEP_TIMEOUT_MS });
  const place = menuItem('Annotate Selection as Place');
  await place.waitFor({ timeout: STEP_TIMEOUT_MS });
  const offered = (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.split('\n')[0]);
  check(offered.includes('Annotate Selection as Person') && offered.includes('Annotate Selection as Quote') && !offered.includes('Redo Annotation'),
    `the Annotate submenu offers what applies to a selection (${JSON.stringify(offered)})`);
  await place.hover();
  await page.screenshot({ path: path.join(SHOTS, 'annotate-menu.png') });
  await place.click();
  const sidecar = path.join(folder, `${article}.annotations.json`);
  const sidecarHas = async (text, expected) => {
    for (let i = 0; i < 100 && (fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8').includes(text)) !== expected; i++) await page.waitForTimeout(100);
    return fs.existsSync(sidecar) && fs.readFileSync(sidecar, 'utf8').includes(text);
  };
  check(await sidecarHas('"Elmdale"', true), 'Annotate ▸ Annotate Selection as Place from the editor\'s context menu writes the sidecar');

  // The editor's own undo and redo, right after the annotation (no text edit since): they undo and redo it.
  await page.keyboard.press('Control+z');
  check(!(await sidecarHas('"Elmdale"', false)), 'Ctrl+Z right after annotating undoes the annotation');
  await page.keyboard.press('Control+y');
  check(await sidecarHas('"Elmdale"', true), 'Ctrl+Y redoes it');
  check(await page.locator('.tab.active.dirty').count() === 0, 'the text was not touched (the article is not dirty)');

  // Keyboard-first review: Accept (Alt+Shift+Enter) takes the suggested quote at the cursor.
  await page.locator('.monaco-editor .view-lines span span', { hasText: 'We lost every map' }).first().click();
  await page.keyboard.press('Alt+Shift+Enter');
  // The count follows the accept once the analysis with the annotation is in: wait for it, then read what it says.
  await page.locator('.statusbar-item', { hasText: /Quotes 1\/4 reviewed/ }).waitFor({ timeout: 15000 }).catch(() => {});
  const statusText = await page.locator('.statusbar-item', { hasText: /Quotes \d+\/\d+ reviewed/ }).first().innerText();
  check(/Quotes 1\/4 reviewed/.test(statusText), `the status bar counts the accepted quote (${statusText})`);

  const pane = await articleSidebar(page);
  const placeRow = pane('Entities').locator('.monaco-list-row', { hasText: 'Elmdale' }).filter({ hasText: 'manual' });
  await placeRow.first().waitFor({ timeout: 15000 });
  check(await placeRow.count() > 0, 'the Entities view marks the new place as manual');
  const accepted = pane('Quotes').locator('.monaco-list-row', { hasText: 'accepted' });
  await accepted.first().waitFor({ timeout: 15000 });
  check(await accepted.count() > 0, 'the Quotes view marks the accepted quote');
  await page.screenshot({ path: path.join(SHOTS, 'review-workflow.png') });
}

try {
  await page.goto(server.home);
  await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  log('workbench loaded');

  await openFile(page, 'harbor-bridge-vote.txt');
  const mode = await languageMode(page, 'Article');
  check(mode === 'Article', `samples/.vscode/settings.json opens the sample in the Article language (status bar: "${mode}")`);
  await page.waitForTimeout(1000); // tokenization settles

  const quoteLine = await lineSpans('stops waiting');
  const quote = quoteLine.find((s) => s.text.includes('stops waiting'));
  const plain = (await lineSpans('voted')).find((s) => s.text.includes('voted'));
  check(quote?.color === QUOTE_COLOR, `quotation rendered in the quote colour (${quote?.color})`);
  check(plain && plain.color !== QUOTE_COLOR, `narrative text keeps the default colour (${plain?.color})`);
  // “This is the day …,” Mayor Elena Marquez said: the speaker's name in its own colour.
  const speaker = quoteLine.find((s) => s.text.includes('Elena Marquez'));
  check(speaker?.color === SPEAKER_COLOR, `the speaker's name rendered in the speaker colour, not the quote's (${speaker?.color})`);
  const title = quoteLine.find((s) => s.text.includes('Mayor'));
  check(title && !title.text.includes('Marquez') && title.color !== SPEAKER_COLOR, `the title before the name keeps the text colour (${JSON.stringify(title)})`);

  const pane = await articleSidebar(page);
  const entityRows = pane('Entities').locator('.monaco-list-row');
  await entityRows.filter({ hasText: 'People' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const entityLabels = await entityRows.allInnerTexts();
  log('Entities rows:', JSON.stringify(entityLabels.slice(0, 6)));
  check(entityLabels.some((l) => /^People/.test(l)) && entityLabels.some((l) => l.includes('Elena Marquez')),
    'the Entities view lists People with "Elena Marquez"');
  const speakerRows = await pane('Quotes').locator('.monaco-list-row').allInnerTexts();
  log('Quotes rows:', JSON.stringify(speakerRows.slice(0, 4)));
  check(speakerRows.some((l) => l.includes('Elena Marquez')), 'the Quotes view groups quotes under "Elena Marquez"');
  // Prose defaults ([article] configurationDefaults): no boxes around curly apostrophes or non-breaking spaces.
  const boxes = await page.locator('.monaco-editor .view-overlays .unicode-highlight, .monaco-editor .unicode-highlight').count();
  check(boxes === 0, `no ambiguous or invisible character boxes in the article (${boxes})`);
  await page.screenshot({ path: path.join(SHOTS, 'article-annotator.png') });

  // The hover card, on the second mention of the mayor in the text.
  const mention = page.locator('.monaco-editor .view-lines span span', { hasText: 'Marquez' }).nth(1);
  const box = await mention.boundingBox();
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Elena Marquez' });
  await hover.waitFor({ timeout: STEP_TIMEOUT_MS });
  const card = await hover.innerText();
  log('hover card:', JSON.stringify(card));
  check(/person/.test(card) && /mention/.test(card) && /Reveal in sidebar/.test(card), 'the hover card shows the person, counts and links');
  const links = await hover.locator('a').allInnerTexts();
  check(links.every((l) => ['Show mentions', 'Reveal in sidebar', 'Go to first mention'].includes(l.trim())),
    `the card's only links are its own commands (${JSON.stringify(links)})`);
  await page.screenshot({ path: path.join(SHOTS, 'hover-card.png') });
  await page.keyboard.press('Escape');
  await sourceAudit();
  await annotatingWorkflow(server);
  log('screenshots saved in', path.relative(root, SHOTS));
} catch (e) {
  fail(e.message);
  await page.screenshot({ path: path.join(SHOTS, 'failure.png') }).catch(() => {});
} finally {
  await browser.close().catch(() => {});
  server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
log(failures() ? `UI end-to-end: ${failures()} check(s) FAILED` : 'UI end-to-end: all checks passed');
process.exit(failures() ? 1 : 0);
