// Driving the VS Code workbench in the browser (playwright-core), for the browser end-to-end test and the
// `npm start -- --smoke` check: Quick Open, the status bar, the sidebar, and PASS/FAIL bookkeeping.

/** A logger with elapsed seconds and a `check` that records failures instead of stopping at the first. */
export function checker(label) {
  const t0 = Date.now();
  let failures = 0;
  const log = (...a) => console.log(`[${label} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
  return {
    log,
    check(cond, msg) { log(`${cond ? 'PASS' : 'FAIL'} ${msg}`); if (!cond) failures++; },
    fail(msg) { log('ERROR', msg); failures++; },
    failures: () => failures,
  };
}

/** Opens a file of the workspace folder through Quick Open and waits for its tab. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 10000 });
}

/** The language mode the status bar shows for the active editor ('' when it shows none in time). */
export async function languageMode(page, expected, timeout = 15000) {
  const item = page.locator('#status\\.editor\\.mode');
  await item.filter({ hasText: expected }).waitFor({ timeout }).catch(() => {});
  return (await item.innerText().catch(() => '')).trim();
}

/** Opens the Article Annotator sidebar; returns a locator for one of its panes ('Entities', 'Quotes'). */
export async function articleSidebar(page) {
  await page.locator('.activitybar .action-item a[aria-label^="Article Annotator"]').click();
  return (name) => page.locator(`.sidebar .pane:has(.pane-header[aria-label^="${name}"])`);
}
