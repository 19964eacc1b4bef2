// The document service in the real extension host: automatic analysis of opened articles, one
// change event, re-analysis after edits, the size limit with "Analyse Anyway", non-articles ignored;
// then with a controlled backend (ordering, debounce, failures) and a real pool whose worker crashes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/analysis/model';
import { DEFAULTS } from '../../src/extension/config';
import { type AnalysisBackend, DocumentService } from '../../src/extension/documentService';
import type { ClaimLensApi } from '../../src/extension/extension';
import { AnalysisPool } from '../../src/worker/pool';
import { analysed, claimLens, closeAllEditors, openUntitled, openWorkspaceArticle, until, withSetting } from './extensionApi';

const ARTICLE = [
  'Mayor Ana Ruiz of Lindow spoke to reporters on Monday.',
  '',
  '"We will rebuild the bridge before winter," Ruiz said.',
  '',
].join('\n');

describe('document service', () => {
  let api: ClaimLensApi;
  before(async () => {
    api = await claimLens();
  });
  afterEach(closeAllEditors);

  it('analyses an opened article by itself and announces it with one event', async () => {
    const events: string[] = [];
    const sub = api.service.onDidChange((uri) => events.push(uri.toString()));
    try {
      const doc = await openUntitled(ARTICLE);
      assert.ok(api.service.isArticle(doc));
      // No ensure() here: the service must pick the document up on its own.
      await until(api, () => api.service.state(doc.uri).kind === 'ready', 'the new article to be analysed');
      assert.ok(events.includes(doc.uri.toString()), 'onDidChange fired for the document');
      const analysis = api.service.get(doc);
      assert.ok(analysis);
      assert.equal(analysis.schema, 'claimlens/1');
      assert.ok(analysis.claims.some((c) => c.kind === 'direct' && c.text.includes('rebuild the bridge')), 'the direct quote is a claim');
      assert.equal(api.service.snapshot(doc)?.version, doc.version);
    } finally {
      sub.dispose();
    }
  });

  it('re-analyses after an edit and keeps offsets in step with the new text', async () => {
    const doc = await openUntitled(ARTICLE);
    const before = await analysed(api, doc);
    const editor = vscode.window.activeTextEditor!;
    const added = '"The money is there," Ruiz added.\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), added + '\n')));
    await until(api, () => api.service.snapshot(doc)?.version === doc.version, 'the edited version to be analysed');
    const after = api.service.snapshot(doc)!;
    assert.ok(after.version > before.version);
    const quote = after.analysis.claims.find((c) => c.text.includes('money is there'));
    assert.ok(quote, 'the new quote was found');
    assert.equal(doc.getText().slice(quote.start, quote.end), quote.text, 'claim offsets index the current text');
    const old = after.analysis.claims.find((c) => c.text.includes('rebuild the bridge'));
    assert.ok(old && old.start > added.length, 'the old quote moved with the edit');
  });

  it('does not analyse a document over the size limit until asked, and says why', async () => {
    const restore = await withSetting('maxFileSizeKB', 1);
    try {
      const big = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: Ana Ruiz of Lindow said the bridge would reopen soon.`).join('\n\n');
      const doc = await openUntitled(big);
      await until(api, () => api.service.state(doc.uri).kind === 'too-large', 'the too-large state');
      assert.equal(api.service.get(doc), undefined);
      assert.match(api.service.state(doc.uri).detail ?? '', /limit/);
      let events = 0;
      const sub = api.service.onDidChange(() => events++);
      assert.equal(await api.service.ensure(doc), undefined, 'ensure() without force respects the limit');
      assert.equal(await api.service.ensure(doc), undefined);
      sub.dispose();
      assert.equal(events, 0, 'asking again about the same too-large version changes nothing');
      assert.match(api.status.text, /\$\(warning\)/, 'the status bar warns');
      assert.equal((api.status.command as string | undefined) ?? '', 'claimlens.analyseAnyway');
      await vscode.commands.executeCommand('claimlens.analyseAnyway');
      await until(api, () => api.service.state(doc.uri).kind === 'ready', 'the forced analysis');
      assert.ok(api.service.get(doc)!.claims.length + api.service.get(doc)!.entities.length > 0);
    } finally {
      await restore();
    }
  });

  it('"Annotate / Refresh" re-analyses the active article and returns the analysis', async () => {
    const doc = await openUntitled(ARTICLE);
    const before = await analysed(api, doc);
    const result = await vscode.commands.executeCommand<unknown>('claimlens.refresh');
    const after = api.service.snapshot(doc)!;
    assert.notEqual(after, before, 'a new analysis, not the cached one');
    assert.deepEqual(result, after.analysis);
  });

  it('"Show Claims" (the status bar\'s click) opens the Claims view', async () => {
    await openUntitled(ARTICLE);
    await vscode.commands.executeCommand('workbench.view.explorer');
    const view = api.views.claims.view;
    await vscode.commands.executeCommand('claimlens.showClaims');
    for (let i = 0; i < 50 && !view.visible; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(view.visible, 'the Claims view is visible');
  });

  it('the status bar counts the active article\'s people, places and claims', async () => {
    const doc = await openUntitled(ARTICLE);
    const { analysis } = await analysed(api, doc);
    const people = analysis.entities.filter((e) => e.type === 'person').length;
    const places = analysis.entities.filter((e) => e.type === 'place').length;
    await until(api, () => api.status.text.includes('$(quote)'), 'the counts in the status bar');
    assert.equal(api.status.text, `$(person) ${people} · $(location) ${places} · $(quote) ${analysis.claims.length}`);
    assert.equal(api.status.command, 'claimlens.showClaims');
  });

  it('leaves documents in other languages alone', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '{ "said": "Ruiz" }', language: 'json' });
    await vscode.window.showTextDocument(doc);
    assert.equal(api.service.isArticle(doc), false);
    assert.equal(await api.service.ensure(doc), undefined);
    assert.equal(api.service.get(doc), undefined);
    assert.equal(api.service.state(doc.uri).kind, 'unsupported');
  });

  it('analyses the project sample (Markdown) with offsets into the file as written', async function () {
    const doc = await openWorkspaceArticle(this, 'harbour-strike.md');
    const { analysis } = await analysed(api, doc);
    const text = doc.getText();
    assert.ok(analysis.entities.length > 0 && analysis.claims.length > 0);
    for (const e of analysis.entities) for (const m of e.mentions) assert.ok(m.end <= text.length && m.start < m.end, `${e.id} mention in range`);
    for (const c of analysis.claims) if (c.kind === 'direct') assert.equal(text.slice(c.start, c.end), c.text, `claim ${c.id} text matches its span`);
  });
});

/** A backend whose answers the test controls, to check ordering, failures and crashes. */
class FakeBackend implements AnalysisBackend {
  readonly calls: { key: string; text: string; resolve(a: Analysis): void; reject(e: Error): void }[] = [];
  readonly forgotten: string[] = [];
  private crashListeners: ((e: Error) => void)[] = [];
  analyze(key: string, text: string): Promise<Analysis> {
    return new Promise((resolve, reject) => this.calls.push({ key, text, resolve, reject }));
  }
  forget(key: string): void {
    this.forgotten.push(key);
  }
  onCrash(listener: (e: Error) => void) {
    this.crashListeners.push(listener);
    return { dispose: () => (this.crashListeners = this.crashListeners.filter((l) => l !== listener)) };
  }
  crash(error: Error): void {
    for (const l of this.crashListeners) l(error);
  }
  dispose(): void {}
  last(key: string) {
    const mine = this.calls.filter((c) => c.key === key);
    return mine[mine.length - 1];
  }
}

const fakeAnalysis = (name: string): Analysis => ({
  schema: 'claimlens/1',
  entities: [{ id: `person:${name}`, type: 'person', name, aliases: [], roles: [], mentions: [{ start: 0, end: 3 }] }],
  claims: [],
});

describe('document service with a controlled backend', () => {
  let backend: FakeBackend;
  let service: DocumentService;
  let log: vscode.LogOutputChannel;
  before(() => {
    log = vscode.window.createOutputChannel('ClaimLens (service test)', { log: true });
  });
  after(() => log.dispose());
  beforeEach(() => {
    backend = new FakeBackend();
    // A long debounce so only the test's own ensure() calls and the open event start work.
    service = new DocumentService({ log, createBackend: () => backend, config: () => ({ ...DEFAULTS, debounceMs: 60_000 }) });
  });
  afterEach(async () => {
    service.dispose();
    await closeAllEditors();
  });

  it('keeps the newest version when an older analysis finishes last', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    const key = doc.uri.toString();
    const first = service.ensure(doc);
    const call1 = backend.last(key);
    assert.ok(call1, 'the backend was asked');
    assert.equal(service.state(doc.uri).kind, 'analysing');
    assert.ok(await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(0, 0), 'Edited. ')));
    const second = service.ensure(doc);
    const call2 = backend.last(key);
    assert.notEqual(call1, call2, 'a new version is a new request');
    assert.equal(call2.text, doc.getText());
    call2.resolve(fakeAnalysis('new'));
    assert.equal((await second)?.entities[0].name, 'new');
    call1.resolve(fakeAnalysis('old'));
    await first;
    assert.equal(service.get(doc)?.entities[0].name, 'new', 'a late answer for an old version does not replace the new one');
    assert.equal(service.snapshot(doc)?.version, doc.version);
    assert.equal(service.state(doc.uri).kind, 'ready');
  });

  it('does not ask again for a version already analysed or in flight', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    const key = doc.uri.toString();
    const a = service.ensure(doc);
    const b = service.ensure(doc);
    const mine = () => backend.calls.filter((c) => c.key === key).length;
    const asked = mine();
    backend.last(key).resolve(fakeAnalysis('once'));
    assert.equal(await a, await b);
    await service.ensure(doc);
    assert.equal(mine(), asked, 'cached');
    await Promise.race([service.ensure(doc, { refresh: true }), new Promise((r) => setTimeout(r, 10))]);
    assert.equal(mine(), asked + 1, 'refresh asks again');
  });

  it('waits for the debounce after edits instead of analysing every keystroke', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    const key = doc.uri.toString();
    const first = service.ensure(doc);
    backend.last(key).resolve(fakeAnalysis('v1'));
    await first;
    const asked = backend.calls.filter((c) => c.key === key).length;
    const editor = vscode.window.activeTextEditor!;
    for (const word of ['One ', 'two ', 'three ']) assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), word)));
    // The debounce is a minute long here: no request may have started, and views keep the old analysis.
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(backend.calls.filter((c) => c.key === key).length, asked);
    assert.equal(service.get(doc)?.entities[0].name, 'v1');
    // Asking for the current analysis skips the wait and sends only the latest text.
    const now = service.current(doc);
    const call = backend.last(key);
    assert.equal(backend.calls.filter((c) => c.key === key).length, asked + 1);
    assert.ok(call.text.startsWith('three two One '));
    call.resolve(fakeAnalysis('v2'));
    assert.equal((await now)?.version, doc.version);
  });

  it('reports a failed analysis as an error state with the reason, and logs it', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    const pending = service.ensure(doc);
    backend.last(doc.uri.toString()).reject(new Error('worker exited with code 3'));
    assert.equal(await pending, undefined);
    assert.deepEqual(service.state(doc.uri), { kind: 'error', detail: 'worker exited with code 3' });
    // Providers ask again on every hover: the failed version is not retried behind the user's back...
    const key = doc.uri.toString();
    const asked = backend.calls.filter((c) => c.key === key).length;
    assert.equal(await service.ensure(doc), undefined);
    assert.equal(backend.calls.filter((c) => c.key === key).length, asked);
    // ...but an explicit refresh retries.
    const retry = service.ensure(doc, { refresh: true });
    assert.equal(backend.calls.filter((c) => c.key === key).length, asked + 1);
    backend.last(key).resolve(fakeAnalysis('recovered'));
    assert.equal((await retry)?.entities[0].name, 'recovered');
    assert.equal(service.state(doc.uri).kind, 'ready');
  });

  it('says so while the worker restarts after a crash', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    void service.ensure(doc);
    const changed: string[] = [];
    const sub = service.onDidChange((u) => changed.push(u.toString()));
    backend.crash(new Error('out of memory'));
    sub.dispose();
    assert.equal(service.state(doc.uri).kind, 'analysing');
    assert.match(service.state(doc.uri).detail ?? '', /crashed/);
    assert.ok(changed.includes(doc.uri.toString()), 'views are told');
  });

  it('frees a document\'s analysis when it stops being an article', async () => {
    const doc = await openUntitled('Ana Ruiz said so.\n');
    const pending = service.ensure(doc);
    backend.last(doc.uri.toString()).resolve(fakeAnalysis('x'));
    await pending;
    assert.ok(service.get(doc));
    const json = await vscode.languages.setTextDocumentLanguage(doc, 'json');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(service.get(json), undefined);
    assert.ok(backend.forgotten.includes(doc.uri.toString()), 'the pool is told to forget it');
    assert.equal(service.state(doc.uri).kind, 'unsupported');
  });
});

describe('document service with a worker that keeps crashing', () => {
  it('ends in the error state with the reason (never silence), through the real pool', async () => {
    // A worker script that dies as soon as it is given work.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-crash-'));
    const script = path.join(dir, 'crash.js');
    fs.writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => process.exit(7));\n");
    const log = vscode.window.createOutputChannel('ClaimLens (crash test)', { log: true });
    const crashes: string[] = [];
    const service = new DocumentService({
      log,
      createBackend: () => {
        const pool = new AnalysisPool({ workerPath: script, maxWorkers: 1 });
        pool.onCrash((e) => crashes.push(e.message));
        return pool;
      },
      config: () => ({ ...DEFAULTS, debounceMs: 60_000 }),
    });
    try {
      const doc = await openUntitled('Ana Ruiz said so.\n');
      assert.equal(await service.ensure(doc), undefined);
      const state = service.state(doc.uri);
      assert.equal(state.kind, 'error');
      assert.match(state.detail ?? '', /crash|exit/i);
      assert.ok(crashes.length >= 1, 'the pool reported the crash');
    } finally {
      service.dispose();
      log.dispose();
      await closeAllEditors();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
