// `npm run test:e2e`: ClaimLens as a user gets it. The packaged .vsix is installed into a fresh
// code-server with `--install-extension`; headless chromium opens the sample article from the
// address `npm start` prints, hovers a person's name and reads the card, opens the Claims and
// People & Places views and reads them, in the light, dark and high-contrast themes, with a
// screenshot of each in test-results/. What "right" looks like comes from the CLI's analysis of
// the same file, so the check follows the core as it improves instead of pinning today's output.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../vscode/browser';
import {
  ensureCodeServer,
  ensureTestPrerequisites,
  installExtension,
  PrerequisiteError,
  runCleanups,
  sleep,
  startCodeServer,
  type RunningCodeServer,
} from '../vscode/codeServer';
import { projectRoot, sampleArticle } from '../vscode/paths';
import { articleUrl } from '../vscode/runIntegration';
import { finishRunDir, makeRunDir, makeWorkspace } from '../vscode/workspace';
import { around, hoverBox, hoverText, labelShownWhole, pane, paneRows, runCommand, screenshot, setTheme, THEMES, widenSideBar, type Theme } from './workbench';

interface Annotation {
  entities: Array<{ id: string; type: string; name: string; aliases: string[]; mentions: Array<{ start: number; end: number }> }>;
  claims: Array<{ text: string; source: { name: string; entityId: string | null } | null }>;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const ARTICLE = path.basename(sampleArticle);
const CLAIMS = /^claims/i;
const PEOPLE = /people & places/i;
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

const normalise = (s: string): string => s.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

/** What the checks need from the sample: the first person named, and a claim of middling length. */
interface Sample {
  annotation: Annotation;
  person: Annotation['entities'][number];
  mention: string;
  firstLine: string;
  /** A claim whose whole text fits a wide side bar: its row must show it uncut. */
  midClaim: string;
}

function readSample(): Sample {
  const annotation = annotateSample();
  const person = annotation.entities
    .filter((e) => e.type === 'person' && e.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  if (!person) throw new Error(`the core finds no person in ${ARTICLE}: nothing to hover`);
  const source = fs.readFileSync(sampleArticle, 'utf8');
  const mid = annotation.claims.map((c) => normalise(c.text)).filter((t) => t.length >= 40 && t.length <= 70);
  if (mid.length === 0) throw new Error(`the core finds no claim of 40 to 70 characters in ${ARTICLE}`);
  return {
    annotation,
    person,
    mention: source.slice(person.mentions[0].start, person.mentions[0].end),
    firstLine: normalise(source.split('\n')[0].replace(/^#+\s*/, '')).slice(0, 24),
    midClaim: mid[0],
  };
}

/** The article opened from the address `npm start` prints: the file itself, no quick open. */
async function openFromStartUrl(page: Page, server: RunningCodeServer, workspace: string, sample: Sample): Promise<void> {
  await page.goto(articleUrl(server, workspace, path.join(workspace, ARTICLE)));
  const shown = await page
    .locator('.monaco-editor .view-lines', { hasText: sample.firstLine })
    .first()
    .waitFor({ timeout: 60_000 })
    .then(() => true, () => false);
  const tab = (await page.locator('.tabs-container .tab.active').first().innerText().catch(() => '')).trim();
  record(`the address npm start prints opens ${ARTICLE} itself`, shown && tab.includes(ARTICLE), `active tab: ${JSON.stringify(tab)}`);
  if (!shown) throw new Error(`${ARTICLE} did not open from the start address`);
}

async function checkHover(page: Page, sample: Sample, theme: Theme): Promise<void> {
  const card = await hoverText(page, sample.mention);
  const box = await hoverBox(page);
  if (box) await screenshot(page, `hover-${theme.id}`, around(box, 12, page));
  else await screenshot(page, `hover-${theme.id}-missing`);
  const names = [sample.person.name, ...sample.person.aliases].map(normalise);
  record(
    `${theme.id}: hovering "${sample.mention}" shows a card naming the person`,
    names.some((name) => normalise(card).includes(name)),
    card ? JSON.stringify(card.slice(0, 160)) : 'no hover card appeared',
  );
}

/** First time: "ClaimLens: Show Claims" from the palette opens the view; the side bar is widened. */
async function openClaims(page: Page): Promise<void> {
  await runCommand(page, 'ClaimLens: Show Claims');
  // The first analysis runs in a worker that starts on demand: on a busy machine that takes a while.
  const rows = await paneRows(page, CLAIMS, 45_000);
  record('"ClaimLens: Show Claims" in the command palette opens the Claims view', rows !== null && rows.length > 0, `${rows?.length ?? 0} rows`);
  await widenSideBar(page, 760);
}

async function checkClaims(page: Page, sample: Sample, theme: Theme): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const claimsPane = pane(page, CLAIMS);
  const rows = claimsPane.locator('.monaco-list-row');
  const texts = (await paneRows(page, CLAIMS, 15_000)) ?? [];
  const expected = sample.annotation.claims.flatMap((c) => [c.source?.name ?? '', c.text.slice(0, 20)]).filter((s) => s.length > 3).map(normalise);
  const matching = texts.filter((row) => expected.some((fragment) => normalise(row).includes(fragment)));
  record(`${theme.id}: the Claims view lists the article's claims`, texts.length > 0 && matching.length > 0, `${texts.length} rows, ${matching.length} naming a claim or its source`);
  const index = texts.findIndex((t) => normalise(t).includes(sample.midClaim));
  const whole = index >= 0 && (await labelShownWhole(rows.nth(index)));
  record(`${theme.id}: a claim's row shows its whole text in a wide side bar`, whole, `${JSON.stringify(sample.midClaim)} ${index < 0 ? 'is in no row' : whole ? 'drawn uncut' : 'cut'}`);
  const [side, own] = await Promise.all([page.locator('.part.sidebar').boundingBox(), claimsPane.boundingBox()]);
  if (side && own) await screenshot(page, `claims-${theme.id}`, { x: side.x, y: side.y, width: side.width, height: own.y + own.height - side.y });
}

/** People & Places beside Claims: open, a fair share of the height, a person listed. */
async function checkPeople(page: Page, sample: Sample, theme: Theme): Promise<void> {
  const peoplePane = pane(page, PEOPLE);
  const rows = (await paneRows(page, PEOPLE, 15_000)) ?? [];
  record(`${theme.id}: People & Places is open beside Claims and lists ${sample.person.name}`, rows.some((r) => normalise(r).includes(normalise(sample.person.name))), `${rows.length} rows`);
  const [claimsBox, peopleBox] = await Promise.all([pane(page, CLAIMS).boundingBox(), peoplePane.boundingBox()]);
  if (theme.id === 'light') {
    const share = claimsBox && peopleBox ? peopleBox.height / (claimsBox.height + peopleBox.height) : 0;
    record('People & Places is not squeezed under Claims', share >= 0.3, `${Math.round(share * 100)}% of the two views' height`);
  }
  if (peopleBox) await screenshot(page, `people-${theme.id}`, peopleBox);
}

/** "Reveal in Claims" from the card of a name that makes no claim says so, in the workbench itself. */
async function checkNoClaims(page: Page, sample: Sample): Promise<void> {
  const silent = sample.annotation.entities.find((e) => e.mentions.length > 1 && !sample.annotation.claims.some((c) => c.source?.entityId === e.id));
  if (!silent) return record('a name without claims to try "Reveal in Claims" on', false, 'the core finds none in the sample');
  const source = fs.readFileSync(sampleArticle, 'utf8');
  const written = source.slice(silent.mentions[1].start, silent.mentions[1].end);
  await hoverText(page, written);
  await page.locator('.monaco-hover:visible a', { hasText: 'Reveal in Claims' }).first().click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `no claims by ${silent.name}` });
  const shown = await toast.first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
  record(`"Reveal in Claims" on ${silent.name} (no claims) says so`, shown, shown ? (await toast.first().innerText()).replace(/\s+/g, ' ').slice(0, 120) : 'no such notification');
  await page.keyboard.press('Escape');
}

async function session(page: Page, server: RunningCodeServer, workspace: string, sample: Sample): Promise<void> {
  // Tall enough for a source's hover card to show whole (VS Code caps a card at a quarter of the editor's height).
  await page.setViewportSize({ width: 1400, height: 1150 });
  await openFromStartUrl(page, server, workspace, sample);
  const container = page.locator('.part.activitybar .action-item a[aria-label^="ClaimLens"]');
  const containerShown = await container.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
  record('the ClaimLens container is in the activity bar', containerShown, containerShown ? '' : 'no activity bar item labelled ClaimLens');
  await sleep(1500);
  await openClaims(page);
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await checkHover(page, sample, theme);
    await checkClaims(page, sample, theme);
    await checkPeople(page, sample, theme);
  }
  await checkNoClaims(page, sample);
}

async function main(): Promise<number> {
  ensureTestPrerequisites();
  const vsix = vsixPath();
  const sample = readSample();
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
    browser.page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    await session(browser.page, server, workspace, sample);
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
