// Debian's chromium, headless, driven by playwright-core (never a downloaded browser build).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';
import { registerForCleanup, unregisterForCleanup } from './codeServer';
import { PrerequisiteError } from './prerequisites';

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export function checkChromium(): void {
  if (!fs.existsSync(chromiumPath)) {
    throw new PrerequisiteError(
      `no browser at ${chromiumPath}: install Debian's chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
}

/** Starts chromium with a fresh profile under runDir; the page's console is forwarded when asked. */
export async function launchBrowser(runDir: string, options: { forwardConsole?: boolean } = {}): Promise<Browser> {
  checkChromium();
  const profile = path.join(runDir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // The closed network refuses chromium's background connections; these flags stop it trying.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const close = async (): Promise<void> => {
    unregisterForCleanup(close);
    await context.close().catch(() => undefined);
  };
  registerForCleanup(close);
  const page = context.pages()[0] ?? (await context.newPage());
  if (options.forwardConsole) {
    // Arguments are read asynchronously; a chain keeps the lines in the order they were logged.
    let chain = Promise.resolve();
    page.on('console', (message) => {
      const values = Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
      chain = chain.then(async () => {
        const text = formatConsole(await values.catch(() => [message.text()]));
        if (!isNoise(text)) console.log(text);
      });
    });
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  }
  return { context, page, close };
}

/**
 * The workbench logs as ('%c LEVEL', css, format, ...args) and relays the extension host's console
 * the same way; print it as the original line (`util.format`), with the level kept unless INFO.
 */
export function formatConsole(args: unknown[]): string {
  let level = '';
  let rest = args;
  const [first, second] = args;
  if (typeof first === 'string' && first.startsWith('%c') && typeof second === 'string') {
    level = first.slice(2).trim();
    rest = args.slice(2);
  }
  const text = format(...rest);
  return level && level !== 'INFO' ? `[${level}] ${text}` : text;
}

/** Workbench chatter that says nothing about the extension under test. */
function isNoise(text: string): boolean {
  return (
    /Failed to load resource|net::ERR_|ENOTFOUND|\[Service Worker\]|Long running operations|webview|Content Security Policy|allow-same-origin|ChatSessionStore|copilot-instructions|connection token|Creating a socket|web worker extension host|additional builtin extensions/i.test(text) ||
    text.trim() === ''
  );
}
