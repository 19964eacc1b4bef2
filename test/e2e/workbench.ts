// Driving the VS Code workbench in the browser as a person would: hover a word, open a view from
// the command palette, widen the side bar, switch the colour theme, read a pane and photograph it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sleep } from '../vscode/codeServer';
import { projectRoot, resultsDir } from '../vscode/paths';
import { locateTextScript } from './locate';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const THEMES = [
  { id: 'light', label: 'Light Modern', bodyClass: 'vs' },
  { id: 'dark', label: 'Dark Modern', bodyClass: 'vs-dark' },
  { id: 'high-contrast', label: 'Dark High Contrast', bodyClass: 'hc-black' },
] as const;
export type Theme = (typeof THEMES)[number];

export async function screenshot(page: Page, name: string, clip?: Box): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `e2e-${name}.png`);
  await page.screenshot({ path: file, clip: clip && roundBox(clip) });
  console.log(`[e2e] screenshot ${path.relative(projectRoot, file)}`);
  return file;
}

function roundBox(b: Box): Box {
  return { x: Math.max(0, Math.floor(b.x)), y: Math.max(0, Math.floor(b.y)), width: Math.ceil(b.width), height: Math.ceil(b.height) };
}

/** A box around `inner`, `margin` pixels wider on each side, kept inside the page. */
export function around(inner: Box, margin: number, page: Page): Box {
  const size = page.viewportSize() ?? { width: 1400, height: 900 };
  const x = Math.max(0, inner.x - margin);
  const y = Math.max(0, inner.y - margin);
  return { x, y, width: Math.min(size.width - x, inner.width + 2 * margin), height: Math.min(size.height - y, inner.height + 2 * margin) };
}

/** Switches the colour theme as a person would ("Preferences: Color Theme") and waits until the workbench shows it. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  if (await page.locator(`.monaco-workbench.${theme.bodyClass}`).count()) return;
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(theme.label);
  const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: theme.label }).first();
  await entry.waitFor({ timeout: 10_000 });
  await entry.click();
  await page.locator(`.monaco-workbench.${theme.bodyClass}`).first().waitFor({ timeout: 20_000 });
  await sleep(800);
}

/** Hovers the first on-screen occurrence of `text` in the editor and returns the hover card's text. */
export async function hoverText(page: Page, text: string): Promise<string> {
  const hover = page.locator('.monaco-hover:visible');
  for (let attempt = 0; attempt < 4; attempt++) {
    const point = (await page.evaluate(locateTextScript(text))) as { x: number; y: number } | null;
    if (!point) throw new Error(`"${text}" is not visible in the editor`);
    await page.mouse.move(5, 5);
    await sleep(300);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    // The first hover can come before the analysis is ready; a card is then empty or absent.
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 8000 });
      // The card fades in: let it settle so the text and the screenshot show it whole.
      await sleep(700);
      const card = (await hover.first().innerText()).trim();
      if (card.length > 0 && !/^loading/i.test(card)) return card;
    } catch {
      // Try again: move away and back.
    }
    await sleep(1000);
  }
  return '';
}

export async function hoverBox(page: Page): Promise<Box | undefined> {
  return (await page.locator('.monaco-hover:visible').first().boundingBox()) ?? undefined;
}

/** Runs a command from the palette by its title, clicking the entry (Enter can beat the list). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await entry.waitFor({ timeout: 10_000 });
  await entry.click();
}

/** The side bar pane whose header names `title` (a container with one view shows no header). */
export function pane(page: Page, title: RegExp): Locator {
  return page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: title }) }).first();
}

/** The rows a pane shows once it shows any, or null when none appear within the time. */
export async function paneRows(page: Page, title: RegExp, timeoutMs: number): Promise<string[] | null> {
  const rows = pane(page, title).locator('.monaco-list-row');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await rows.count()) > 0) return rows.allInnerTexts();
    await sleep(500);
  }
  return null;
}

/** Drags the side bar's edge to make it `width` pixels wide. */
export async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('no side bar to widen');
  const edge = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(edge - 1, y);
  await page.mouse.down();
  await page.mouse.move(edge + 100, y, { steps: 5 });
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
  await sleep(500);
}

/** Whether a row's label is drawn whole (not cut with an ellipsis) at the side bar's width. */
export async function labelShownWhole(row: Locator): Promise<boolean> {
  const [name, container] = await Promise.all([
    row.locator('.label-name').first().boundingBox(),
    row.locator('.monaco-icon-label-container').first().boundingBox(),
  ]);
  return !!name && !!container && name.x + name.width <= container.x + container.width + 1;
}
