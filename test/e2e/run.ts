// `npm run test:e2e`: ClaimLens as a user gets it. The packaged .vsix is installed into a fresh
// code-server with `--install-extension`; headless chromium opens the sample article, hovers a
// person's name and reads the card, opens the Claims view and reads its items. Screenshots go to
// test-results/. What "right" looks like comes from the CLI's analysis of the same file, so the
// check follows the core as it improves instead of pinning today's output.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { checkChromium, launchBrowser, type Browser } from '../vscode/browser';
import {
  ensureCodeServer,
  installExtension,
  PrerequisiteError,
  runCleanups,
  sleep,
  startCodeServer,
  type RunningCodeServer,
} from '../vscode/codeServer';
import { projectRoot, resultsDir, sampleArticle } from '../vscode/paths';
import { finishRunDir, makeRunDir, makeWorkspace } from '../vscode/workspace';
import { locateTextScript } from './locate';
import { newsroomChecks } from './newsroom';

interface Annotation {
  entities: Array<{ type: string; name: string; aliases: string[]; mentions: Array<{ start: number; end: number }> }>;
  claims: Array<{ text: string; source: { name: string } | null }>;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const ARTICLE = path.basename(sampleArticle);
const checks: Check[] = [];

function record(name: string, ok: boolean, detail: string): void {
  checks.push({ name, ok, detail });
  console.log(`[e2e] ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function vsixPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string; publisher: string };
  const file = path.join(projectRoot, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(file)) throw new PrerequisiteError(`no ${path.basename(file)}: run \`npm run package\` first`);
  return file;
}

/** The CLI's reading of the sample: the same core the extension runs. */
function annotateSample(): Annotation {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'claimlens.js'), 'annotate', sampleArticle, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`claimlens annotate failed (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Annotation;
}

async function screenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `e2e-${name}.png`);
  await page.screenshot({ path: file, clip });
  console.log(`[e2e] screenshot ${path.relative(projectRoot, file)}`);
  return file;
}

async function openArticle(page: Page, firstLine: string): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  const input = page.locator('.quick-input-widget input');
  // Quick open is the most reliable way in: the explorer may still be loading.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+P');
    if (await input.isVisible().catch(() => false)) break;
    await input.waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
    if (await input.isVisible()) break;
  }
  await input.fill(ARTICLE);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: firstLine }).first().waitFor({ timeout: 30_000 });
}

/** Hovers the first on-screen occurrence of `text` in the editor and returns the hover card's text. */
async function hoverText(page: Page, text: string): Promise<string> {
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

/** The Claims pane's rows once it shows any, or null when it does not show within the time. */
async function waitForClaimsRows(page: Page, timeoutMs: number): Promise<string[] | null> {
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: /claims/i }) });
  const rows = pane.first().locator('.monaco-list-row');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await pane.count()) > 0 && (await rows.count()) > 0) return rows.allInnerTexts();
    // A container with a single view shows no pane header: then the side bar's title names it.
    const title = await page.locator('.part.sidebar .composite.title').innerText().catch(() => '');
    if ((await pane.count()) === 0 && /claims/i.test(title)) {
      const all = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
      if (all.length > 0) return all;
    }
    await sleep(500);
  }
  return null;
}

/** Opens the Claims view as a user would: "ClaimLens: Show Claims" from the command palette, else the activity bar. */
async function claimsRows(page: Page): Promise<{ rows: string[]; route: string }> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('>ClaimLens: Show Claims');
  // Click the entry: Enter right after typing can come before the list has a focused item.
  const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: 'ClaimLens: Show Claims' }).first();
  await entry.waitFor({ timeout: 10_000 });
  await entry.click();
  const viaPalette = await waitForClaimsRows(page, 15_000);
  if (viaPalette) return { rows: viaPalette, route: 'command palette' };
  await screenshot(page, 'claims-palette-did-not-open');
  await page.keyboard.press('Escape');
  await page.locator('.part.activitybar .action-item a[aria-label^="ClaimLens"]').first().click();
  const viaActivityBar = await waitForClaimsRows(page, 15_000);
  return { rows: viaActivityBar ?? [], route: 'activity bar (the command palette did not open it)' };
}

const normalise = (s: string): string => s.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

async function main(): Promise<number> {
  checkChromium();
  const vsix = vsixPath();
  const annotation = annotateSample();
  const person = annotation.entities
    .filter((e) => e.type === 'person' && e.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  if (!person) throw new Error(`the core finds no person in ${ARTICLE}: nothing to hover`);
  const source = fs.readFileSync(sampleArticle, 'utf8');
  const mention = source.slice(person.mentions[0].start, person.mentions[0].end);
  const firstLine = normalise(source.split('\n')[0].replace(/^#+\s*/, '')).slice(0, 24);

  await ensureCodeServer();
  const runDir = makeRunDir('e2e');
  const workspace = makeWorkspace(runDir);
  const extensionsDir = path.join(runDir, 'exts');
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let passed = false;
  try {
    installExtension(vsix, runDir, extensionsDir);
    const installed = fs.readdirSync(extensionsDir).filter((name) => name.startsWith('claimlens.claimlens-'));
    record('the .vsix installs with code-server --install-extension', installed.length === 1, installed.join(', '));

    server = await startCodeServer({ runDir, workspace, extensionsDir });
    browser = await launchBrowser(runDir);
    const { page } = browser;
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await openArticle(page, firstLine);
    record(`opens ${ARTICLE} with quick open`, true, '');
    await sleep(1500);
    await screenshot(page, 'article');

    const container = page.locator('.part.activitybar .action-item a[aria-label^="ClaimLens"]');
    const containerShown = await container.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
    record('the ClaimLens container is in the activity bar', containerShown, containerShown ? '' : 'no activity bar item labelled ClaimLens');

    const card = await hoverText(page, mention);
    await screenshot(page, 'hover');
    const names = [person.name, ...person.aliases].map(normalise);
    const cardText = normalise(card);
    record(
      `hovering "${mention}" shows a card naming the person`,
      names.some((name) => cardText.includes(name)),
      card ? JSON.stringify(card.slice(0, 200)) : 'no hover card appeared',
    );

    const { rows, route } = await claimsRows(page);
    record('"ClaimLens: Show Claims" in the command palette opens the Claims view', route === 'command palette', route);
    await sleep(500);
    await screenshot(page, 'claims');
    const expected = annotation.claims.flatMap((claim) => [claim.source?.name ?? '', claim.text.slice(0, 20)]).filter((s) => s.length > 3).map(normalise);
    const matching = rows.filter((row) => expected.some((fragment) => normalise(row).includes(fragment)));
    record(
      'the Claims view lists the article\'s claims',
      rows.length > 0 && matching.length > 0,
      `opened from the ${route}; ${rows.length} rows, ${matching.length} naming a claim or its source (the core finds ${annotation.claims.length} claims); first rows: ${JSON.stringify(rows.slice(0, 4).map((r) => r.replace(/\n/g, ' | ')))}`,
    );
    // One picture of the whole: the card over the article, with the ClaimLens views beside it.
    await hoverText(page, mention).catch(() => '');
    await screenshot(page, 'overview', { x: 0, y: 0, width: 1280, height: 640 });
    // The newsroom view: Sources across the workspace, the balance panel in three themes, the cache after a reload.
    await newsroomChecks({ page, runDir, record, screenshot: (name) => screenshot(page, name) });
    passed = checks.every((c) => c.ok);
  } catch (error) {
    record('the browser session completes', false, error instanceof Error ? error.message : String(error));
    if (browser) await screenshot(browser.page, 'failure').catch(() => undefined);
  } finally {
    await browser?.close();
    await server?.stop();
    await runCleanups();
    finishRunDir(runDir, passed);
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`e2e: ${checks.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const prefix = error instanceof PrerequisiteError ? 'missing prerequisite' : 'error';
      console.error(`[e2e] FAILED (${prefix}): ${error instanceof Error ? error.message : String(error)}`);
      void runCleanups().finally(() => process.exit(1));
    },
  );
}
