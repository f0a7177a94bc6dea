// Stage 2: the packaged .vsix installed into a fresh code-server
// (--install-extension), driven through Chromium like a user: squiggles, the
// Problems panel, the quick fix from the light bulb menu, the Hardening
// sidebar. Screenshots go to test-artifacts/e2e/.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installExtension, workbenchUrl } from './lib/code-server.mjs';
import { withTimeout } from './lib/deadline.mjs';
import { withWorkbench } from './lib/workbench.mjs';

const STEP_MS = 30_000;
/** The first squiggles wait for the extension to activate and its server to start. */
const FIRST_DIAGNOSTICS_MS = 60_000;

export async function runUiStage({ repo, toolsDir, sandbox, vsix, artifactsDir, timeoutMs, log }) {
  const workspace = sandbox.dir('ui-workspace');
  cpSync(join(repo, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const env = sandbox.env();
  const beforeStart = (profile) => {
    const output = installExtension({ toolsDir, profile, vsix, env });
    log(`  ${output.trim().split('\n').pop()}`);
  };
  const screenshots = [];
  await withWorkbench({ toolsDir, sandbox, name: 'ui', env, beforeStart, log }, ({ server, page }) =>
    withTimeout(
      drive({ page, url: workbenchUrl(server, { folder: workspace }), workspace, artifactsDir, screenshots, log }),
      timeoutMs,
      'the UI test',
    ).catch(async (e) => {
      await page.screenshot({ path: join(artifactsDir, 'ui-failure.png') }).catch(() => {});
      throw e;
    }),
  );
  return { screenshots };
}

async function step(log, what, fn) {
  const start = performance.now();
  const result = await fn();
  log(`  ✓ ${what} (${Math.round(performance.now() - start)} ms)`);
  return result;
}

/** Run a command through the command palette (F1), picking the entry with exactly this label. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_MS });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_MS });
}

async function drive({ page, url, workspace, artifactsDir, screenshots, log }) {
  const shot = async (name) => {
    const path = join(artifactsDir, name);
    await page.screenshot({ path });
    screenshots.push(path);
    log(`  screenshot ${path}`);
  };

  await step(log, 'workbench loaded', async () => {
    await page.goto(url);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  });

  const editor = page.locator('.editor-instance .monaco-editor').first();
  await step(log, 'docker-compose.yml open with squiggles', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill('docker-compose.yml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'docker-compose.yml' }).first().waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines', { hasText: 'privileged: true' }).waitFor({ timeout: STEP_MS });
    await editor.locator('.squiggly-error').first().waitFor({ timeout: FIRST_DIAGNOSTICS_MS });
    await editor.locator('.squiggly-warning').first().waitFor({ timeout: STEP_MS });
  });

  const problems = page.locator('.markers-panel');
  await step(log, 'Problems panel lists the findings', async () => {
    await page.keyboard.press('Control+Shift+M');
    await problems.locator('.monaco-list-row', { hasText: 'compose/no-privileged' }).first().waitFor({ timeout: STEP_MS });
  });
  await shot('editor-diagnostics.png');

  await step(log, 'quick fix menu (Ctrl+.) on privileged: true', async () => {
    // Go to line 7, column 5 (the `privileged` key) and open the quick fix menu.
    await editor.click();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill(':7:5');
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: STEP_MS });
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Remove "privileged: true"' }).waitFor({ timeout: STEP_MS });
  });
  await shot('quick-fix-menu.png');

  await step(log, 'preferred fix applied: line removed, finding gone from Problems', async () => {
    // The menu opens with the preferred fix focused; Enter applies it, as a user would.
    await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Remove "privileged: true"' }).waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
    await editor.locator('.view-lines', { hasText: 'privileged: true' }).waitFor({ state: 'detached', timeout: STEP_MS });
    await problems.locator('.monaco-list-row', { hasText: 'compose/no-privileged' }).first().waitFor({ state: 'detached', timeout: STEP_MS });
  });
  await step(log, 'saved', async () => {
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.dirty').waitFor({ state: 'detached', timeout: STEP_MS });
  });

  const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Security Checklist' }) });
  const row = (label) => view.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) });
  await step(log, 'Hardening sidebar shows item statuses', async () => {
    await page.keyboard.press('Control+J'); // hide the panel: more room for the tree
    await page.locator('.activitybar .action-item a[aria-label^="Hardening"]').click();
    await view.locator('.monaco-list-row .codicon-error').first().waitFor({ timeout: STEP_MS });
    // Both published ports of the compose file belong to this item: web's 8080 and db's 5432.
    await row('Only necessary ports open').locator('.label-description', { hasText: /^2 findings$/ }).waitFor({ timeout: STEP_MS });
    await row('Only necessary ports open').locator('.codicon-error').waitFor({ timeout: STEP_MS });
    await view.locator('.monaco-list-row .codicon-pass').first().waitFor({ timeout: STEP_MS });
    await widenSideBar(page);
    await page.mouse.move(700, 5); // no tooltip in the screenshot
  });
  await shot('checklist-sidebar.png');

  await step(log, 'ticking a manual item writes .hardenlint/checklist.json', async () => {
    const manual = view.locator('.monaco-list-row', { has: page.locator('.custom-view-tree-node-item-checkbox') }).first();
    const label = await manual.locator('.label-name').innerText();
    await manual.locator('.custom-view-tree-node-item-checkbox').click();
    // The box ticks at once; the description changes only once the extension wrote the record.
    const ticked = row(label);
    await ticked.locator('.label-description', { hasText: /^verified by / }).waitFor({ timeout: STEP_MS });
    await ticked.locator('.custom-view-tree-node-item-checkbox.checked').waitFor({ timeout: STEP_MS });
    const store = JSON.parse(readFileSync(join(workspace, '.hardenlint', 'checklist.json'), 'utf8'));
    const entries = Object.entries(store.items);
    if (entries.length !== 1 || entries[0][1].status !== 'verified') {
      throw new Error(`after ticking "${label}", checklist.json holds ${JSON.stringify(store)}`);
    }
    log(`    "${label}" → ${entries[0][0]}: verified by ${entries[0][1].by}`);
  });

  const saved = readFileSync(join(workspace, 'docker-compose.yml'), 'utf8');
  if (saved.includes('privileged')) throw new Error(`the saved compose file still contains privileged:\n${saved}`);
}

/** Drag the side bar's right edge so item descriptions fit in the screenshot. */
async function widenSideBar(page) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) throw new Error('no side bar');
  const edge = sideBar.x + sideBar.width;
  let sash;
  for (const candidate of await page.locator('.monaco-sash.vertical').all()) {
    const box = await candidate.boundingBox();
    if (box && box.height > sideBar.height / 2 && Math.abs(box.x + box.width / 2 - edge) <= 4) sash = box;
  }
  if (!sash) throw new Error(`no sash at the side bar's edge (x=${edge})`);
  const y = sash.y + sash.height / 2;
  await page.mouse.move(sash.x + sash.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(sash.x + sash.width / 2 + 220, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((minWidth) => (document.querySelector('.part.sidebar')?.getBoundingClientRect().width ?? 0) >= minWidth, sideBar.width + 150);
}
