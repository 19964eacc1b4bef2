// The newsroom half of the e2e run: the Sources view lists the workspace's sources (one minister
// merged across two files), the Source balance panel draws its charts in the dark, light and
// high-contrast themes (screenshots), and after a window reload the workspace index comes back
// from its persistent cache (read from the extension's log, as a user would see it).
import type { Frame, Page } from 'playwright-core';
import { sleep } from '../vscode/codeServer';

export interface E2eContext {
  page: Page;
  runDir: string;
  record(name: string, ok: boolean, detail: string): void;
  screenshot(name: string): Promise<string>;
}

/** Runs a command by its palette title (a few tries: focus may be in a webview or a closing widget). */
async function palette(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    try {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      // the status bar is workbench chrome: focus there makes the workbench take the shortcut
      await page.locator('.part.statusbar').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
      await page.keyboard.press('Control+Shift+P');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`>${title}`, { timeout: 5000 });
      const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      await entry.waitFor({ timeout: 10_000 });
      await entry.click();
      return;
    } catch (err) {
      if (attempt >= 2) throw err;
      await sleep(1000);
    }
  }
}

/** The rows of the side bar pane titled `title`, once it shows some matching `wanted`. */
async function paneRows(page: Page, title: RegExp, wanted: RegExp, timeoutMs: number): Promise<string[]> {
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: title }) }).first();
  const deadline = Date.now() + timeoutMs;
  let rows: string[] = [];
  while (Date.now() < deadline) {
    rows = await pane.locator('.monaco-list-row').allInnerTexts().catch(() => []);
    if (rows.some((r) => wanted.test(r))) return rows;
    await sleep(500);
  }
  return rows;
}

/** The webview frame whose document holds `selector`. */
async function webviewFrame(page: Page, selector: string, timeoutMs: number): Promise<Frame | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await sleep(500);
  }
  return undefined;
}

/** Picks a colour theme as a user does: "Preferences: Color Theme", then its name. */
async function setTheme(page: Page, theme: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await palette(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget input');
      await input.fill(theme, { timeout: 5000 });
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first();
      await row.waitFor({ timeout: 10_000 });
      await row.click();
      return;
    } catch (err) {
      if (attempt >= 2) throw err;
      await sleep(1000);
    }
  }
}

/** Computed colours in the panel: a bar's fill and the text colour (they must follow the theme). */
async function panelColours(frame: Frame): Promise<{ bar: string; text: string; bodyClass: string }> {
  return (await frame.evaluate(
    `(() => { const bar = document.querySelector('rect.bar.tone-0'); const label = document.querySelector('text.label');
      return { bar: bar ? getComputedStyle(bar).fill : '', text: label ? getComputedStyle(label).fill : '', bodyClass: document.body.className }; })()`,
  )) as { bar: string; text: string; bodyClass: string };
}

export async function newsroomChecks(ctx: E2eContext): Promise<void> {
  const { page, record } = ctx;
  await palette(page, 'Focus on Sources View');
  const rows = await paneRows(page, /sources/i, /Helga Brandvold/, 60_000);
  const minister = rows.find((r) => /Helga Brandvold/.test(r)) ?? '';
  record('the Sources view lists the sources of the workspace, one minister merged across two files', /3 claims · 2 articles/.test(minister), JSON.stringify(rows.slice(0, 6).map((r) => r.replace(/\n/g, ' | '))));
  // expand her: the two articles that quote her (and the one that only names her) are listed under her name
  await page.locator('.part.sidebar .pane .monaco-list-row', { hasText: 'Helga Brandvold' }).first().click();
  const expanded = await paneRows(page, /sources/i, /flood-barrier\.md/, 15_000);
  const files = expanded.filter((r) => /newsroom\//.test(r)).map((r) => r.replace(/\n/g, ' '));
  record('expanding her shows each article, with its claims', files.some((f) => /barrier-costs\.txt.*1 claim/.test(f)) && files.some((f) => /flood-barrier\.md.*2 claims/.test(f)), JSON.stringify(files));
  await ctx.screenshot('sources');

  await palette(page, 'ClaimLens: Show Source Balance');
  const frame = await webviewFrame(page, 'figure#workspace-types svg rect.bar', 60_000);
  record('the Source balance panel draws its charts', frame !== undefined, frame ? '' : 'no chart in any webview frame');
  if (!frame) return;
  // Tall enough for both scopes (this article, the workspace) in the screenshots.
  await page.setViewportSize({ width: 1400, height: 1500 });
  const shots: Array<[string, string, RegExp]> = [
    // (the theme list shows the names without "Default")
    ['Dark Modern', 'balance-dark', /vscode-dark/],
    ['Light Modern', 'balance-light', /vscode-light/],
    ['Dark High Contrast', 'balance-high-contrast', /vscode-high-contrast/],
  ];
  const colours: Record<string, { bar: string; text: string; bodyClass: string } | undefined> = {};
  for (const [theme, shot, bodyClass] of shots) {
    await setTheme(page, theme);
    colours[shot] = await waitForColours(frame, (c) => bodyClass.test(c.bodyClass));
    await ctx.screenshot(shot);
  }
  await setTheme(page, 'Dark Modern');
  await page.setViewportSize({ width: 1400, height: 900 });
  const [dark, light, contrast] = shots.map(([, shot]) => colours[shot]);
  const themed = [dark, light, contrast].every((c) => c && /^rgb/.test(c.bar) && /^rgb/.test(c.text));
  record(
    'the panel follows the theme (dark, light, high contrast): bars and text take VS Code colours',
    themed && dark!.text !== light!.text && dark!.bar !== light!.bar,
    JSON.stringify(colours),
  );

  await reloadAndReadCache(ctx);
}

async function waitForColours(frame: Frame, done: (c: { bar: string; text: string; bodyClass: string }) => boolean): Promise<{ bar: string; text: string; bodyClass: string } | undefined> {
  for (let i = 0; i < 40; i++) {
    const c = await panelColours(frame).catch(() => undefined);
    if (c && done(c)) {
      await sleep(800);
      return c;
    }
    await sleep(500);
  }
  return undefined;
}

/** A window reload, then the index's own log line: every article from the persistent cache. */
async function reloadAndReadCache(ctx: E2eContext): Promise<void> {
  const { page, record } = ctx;
  await page.reload();
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 });
  await sleep(3000);
  let line = '';
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !line) {
    await palette(page, 'ClaimLens: Show Log').catch(() => undefined);
    await sleep(1500);
    // the log wraps long lines on screen: read it as one run of text
    const text = (await page.locator('.part.panel .monaco-editor .view-lines').first().innerText().catch(() => '')).replace(/\s+/g, ' ');
    line = /workspace index: \d+ articles in \d+ ms \([^)]*\)/.exec(text)?.[0] ?? '';
  }
  // "unchanged": an open article the editor analysed first (from its own paragraph cache) and handed over
  const m = /workspace index: (\d+) articles in \d+ ms \((\d+) from the cache, (\d+) analysed, (\d+) unchanged/.exec(line);
  record(
    'after a window reload the workspace index comes from the persistent cache (nothing analysed again)',
    !!m && Number(m[1]) > 0 && m[3] === '0' && Number(m[2]) + Number(m[4]) === Number(m[1]) && Number(m[2]) >= Number(m[1]) - 1,
    line || 'no "workspace index" line in the ClaimLens log',
  );
  await ctx.screenshot('reload-log');
}
