// Driving the VS Code workbench in the browser (playwright-core), for the browser end-to-end test and the
// `npm start -- --smoke` check: the Explorer, the status bar, the sidebar, and PASS/FAIL bookkeeping.

/** How long one step may take: on a loaded machine, activating the extension alone has taken over 15 s. */
export const STEP_TIMEOUT_MS = 60000;

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

/** Opens a file of the workspace folder from the Explorer, as a newcomer would, and waits for its tab. */
export async function openFile(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** The language mode the status bar shows for the active editor ('' when it shows none in time). */
export async function languageMode(page, expected, timeout = STEP_TIMEOUT_MS) {
  const item = page.locator('#status\\.editor\\.mode');
  await item.filter({ hasText: expected }).waitFor({ timeout }).catch(() => {});
  return (await item.innerText().catch(() => '')).trim();
}

/** Opens the Article Annotator sidebar; returns a locator for one of its panes ('Entities', 'Quotes'). */
export async function articleSidebar(page) {
  await page.locator('.activitybar .action-item a[aria-label^="Article Annotator"]').click();
  return (name) => page.locator(`.sidebar .pane:has(.pane-header[aria-label^="${name}"])`);
}
