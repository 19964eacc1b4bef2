// The pure parts of the real-VS-Code harness: how the workbench is addressed, how relayed console
// lines are printed, which test files the suite loads, and what the .vsix check accepts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatConsole } from '../vscode/browser';
import { articleUrl, remoteUri, workbenchUrl } from '../vscode/runIntegration';
import { copySamples } from '../vscode/workspace';
import { projectRoot } from '../vscode/paths';
import { findTestFiles } from '../integration/index';

interface VsixModule {
  checkVsix(bytes: number, names: string[], manifest?: object): Array<[string, boolean]>;
  manifestFiles(manifest: object): string[];
}
// scripts/vsix.mjs is an ES module run by plain node; load it as such from the compiled CommonJS test.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
const vsixModule = (): Promise<VsixModule> =>
  importModule(path.join(__dirname, '..', '..', '..', 'scripts', 'vsix.mjs')) as Promise<VsixModule>;

describe('real-VS-Code harness', () => {
  describe('workbench URL', () => {
    const server = { url: 'http://127.0.0.1:4567/', host: '127.0.0.1', port: 4567 };

    it('names the extension with the page\'s own host:port, as the web workbench requires', () => {
      assert.equal(remoteUri(server, '/work/x'), 'vscode-remote://127.0.0.1:4567/work/x');
    });

    it('carries the folder and the development payload, both encoded', () => {
      const url = new URL(workbenchUrl(server, '/tmp/a b', [['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4567/p']]));
      assert.equal(url.searchParams.get('folder'), '/tmp/a b');
      assert.deepEqual(JSON.parse(url.searchParams.get('payload')!), [['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4567/p']]);
    });

    it('opens the article itself for npm start: an openFile payload on the page\'s own authority', () => {
      const url = new URL(articleUrl(server, '/tmp/s', '/tmp/s/harbour-strike.md'));
      assert.equal(url.searchParams.get('folder'), '/tmp/s');
      assert.deepEqual(JSON.parse(url.searchParams.get('payload')!), [['openFile', 'vscode-remote://127.0.0.1:4567/tmp/s/harbour-strike.md']]);
    });

    it('has no payload when there is nothing to develop', () => {
      assert.equal(new URL(workbenchUrl(server, '/w', [])).searchParams.has('payload'), false);
    });
  });

  describe('relayed console lines', () => {
    it('formats mocha\'s lines and drops the workbench\'s level styling', () => {
      assert.equal(formatConsole(['%c INFO', 'color: #33f', '  %d passing (%s)', 3, '2s']), '  3 passing (2s)');
    });

    it('keeps a level other than INFO', () => {
      assert.equal(formatConsole(['%c  ERR', 'color: #f33', 'boom']), '[ERR] boom');
    });

    it('prints plain page logs unchanged', () => {
      assert.equal(formatConsole(['hello', 'world']), 'hello world');
    });
  });

  describe('npm start\'s copy of the samples', () => {
    it('is a fresh folder outside the checkout with the same files', () => {
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-copy-test-'));
      try {
        const copy = copySamples(parent);
        assert.ok(path.relative(projectRoot, copy).startsWith('..'), `${copy} is outside ${projectRoot}`);
        const original = path.join(projectRoot, 'samples');
        assert.deepEqual(fs.readdirSync(copy).sort(), fs.readdirSync(original).sort());
        for (const name of fs.readdirSync(original)) {
          assert.ok(fs.readFileSync(path.join(copy, name)).equals(fs.readFileSync(path.join(original, name))), name);
        }
        fs.appendFileSync(path.join(copy, 'harbour-strike.md'), 'edited in the workbench');
        assert.ok(!fs.readFileSync(path.join(original, 'harbour-strike.md'), 'utf8').includes('edited in the workbench'));
        assert.notEqual(copySamples(parent), copy, 'each start gets its own copy');
      } finally {
        fs.rmSync(parent, { recursive: true, force: true });
      }
    });
  });

  describe('integration suite files', () => {
    it('finds *.test.js at any depth, sorted, and nothing else', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-find-'));
      try {
        fs.mkdirSync(path.join(dir, 'b'));
        for (const file of ['z.test.js', 'b/a.test.js', 'index.js', 'helper.js', 'x.test.js.map']) {
          fs.writeFileSync(path.join(dir, file), '');
        }
        assert.deepEqual(findTestFiles(dir), [path.join(dir, 'b', 'a.test.js'), path.join(dir, 'z.test.js')]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('.vsix check', () => {
    const good = [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/worker.js',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/media/icon.png',
      'extension/syntaxes/quotes.tmLanguage.json',
    ];
    const failures = (results: Array<[string, boolean]>): string[] => results.filter(([, ok]) => !ok).map(([rule]) => rule);

    it('accepts a package holding exactly what the extension needs', async () => {
      const { checkVsix } = await vsixModule();
      assert.deepEqual(failures(checkVsix(200_000, good)), []);
    });

    it('rejects maps, sources, tests, node_modules, the CLI and a package over 500 KB', async () => {
      const { checkVsix } = await vsixModule();
      const bad = [
        ...good,
        'extension/dist/extension.js.map',
        'extension/src/a.ts',
        'extension/test/x.js',
        'extension/node_modules/m/i.js',
        'extension/dist/cli.js',
        'extension/media/screenshots/claims-dark.png',
      ];
      const failed = failures(checkVsix(600_000, bad));
      for (const rule of [/500 KB/, /source maps/, /no src/, /no test/, /node_modules/, /CLI/, /screenshots/]) {
        assert.ok(failed.some((f) => rule.test(f)), `expected a failure matching ${rule}: ${failed.join('; ')}`);
      }
    });

    it('requires every file the manifest names, e.g. a view container icon', async () => {
      const { checkVsix, manifestFiles } = await vsixModule();
      const manifest = { main: './dist/extension.js', contributes: { viewsContainers: { activitybar: [{ icon: 'media/lens.svg' }] } } };
      assert.deepEqual(manifestFiles(manifest), ['dist/extension.js', 'media/lens.svg']);
      assert.deepEqual(failures(checkVsix(1000, good, manifest)), ['holds media/lens.svg (named in package.json)']);
    });
  });
});
