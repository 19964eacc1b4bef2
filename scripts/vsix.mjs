// Lists a .vsix (a zip) and checks it holds what a user needs and nothing else.
// Usage: node scripts/vsix.mjs FILE.vsix   (exit 1 when a check fails)
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const MAX_BYTES = 500 * 1024;

/** Entries of a zip's central directory: name and uncompressed size. */
export function listZip(buffer) {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt zip: bad central directory entry ${n}`);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const localHeader = buffer.readUInt32LE(offset + 42);
    entries.push({ name, size, method, compressedSize, localHeader });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Relative file paths the manifest points at (icons, grammars, main): each must be packaged. */
export function manifestFiles(manifest) {
  const found = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      const file = value.replace(/^\.\//, '');
      if (/^(media|syntaxes|schemas|dist|images|resources)\/[^*]+\.[a-z]+$/i.test(file)) found.add(file);
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit({ main: manifest.main, icon: manifest.icon, contributes: manifest.contributes });
  return [...found].sort();
}

/** The bytes of one entry as text (stored or deflated, the two methods vsce writes). */
export function readEntry(buffer, entry) {
  const at = entry.localHeader;
  if (buffer.readUInt32LE(at) !== 0x04034b50) throw new Error(`corrupt zip: bad local header for ${entry.name}`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return inflateRawSync(data).toString('utf8');
  throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`);
}

/** Each rule: a description and whether it holds for the file's size, entry names and manifest. */
export function checkVsix(bytes, names, manifest = {}) {
  const has = (test) => names.some(test);
  const inExtension = (suffix) => (name) => name.toLowerCase() === `extension/${suffix}`.toLowerCase();
  return [
    [`under ${MAX_BYTES / 1024} KB (is ${Math.round(bytes / 1024)} KB)`, bytes < MAX_BYTES],
    ['holds extension/package.json', has(inExtension('package.json'))],
    ['holds the bundled extension (extension/dist/extension.js)', has(inExtension('dist/extension.js'))],
    ['holds the analysis worker (extension/dist/worker.js)', has(inExtension('dist/worker.js'))],
    ['holds the README', has(inExtension('readme.md'))],
    ['holds the CHANGELOG', has(inExtension('changelog.md'))],
    ['holds the LICENSE', has((n) => /^extension\/license(\.txt|\.md)?$/i.test(n))],
    ['holds the icon (extension/media/icon.png)', has(inExtension('media/icon.png'))],
    ['holds syntaxes/', has((n) => n.startsWith('extension/syntaxes/'))],
    ['no CLI bundle (the CLI ships through npm)', !has(inExtension('dist/cli.js'))],
    ...manifestFiles(manifest).map((file) => [`holds ${file} (named in package.json)`, has(inExtension(file))]),
    ['no source maps', !has((n) => n.endsWith('.map'))],
    ['no src/', !has((n) => n.startsWith('extension/src/'))],
    ['no test/ or out/', !has((n) => /^extension\/(test|out)\//.test(n))],
    ['no node_modules/', !has((n) => n.includes('node_modules/'))],
    ['no TypeScript sources', !has((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))],
    ['no .cache/, bench/ or samples/', !has((n) => /^extension\/(\.cache|bench|samples)\//.test(n))],
    ['no README screenshots (media/screenshots/)', !has((n) => n.startsWith('extension/media/screenshots/'))],
  ];
}

function main(file) {
  const buffer = fs.readFileSync(file);
  const entries = listZip(buffer);
  console.log(`${file}: ${entries.length} files, ${Math.round(buffer.length / 1024)} KB`);
  for (const entry of entries) console.log(`  ${entry.name} (${entry.size} B)`);
  const manifestEntry = entries.find((e) => e.name === 'extension/package.json');
  const manifest = manifestEntry ? JSON.parse(readEntry(buffer, manifestEntry)) : {};
  const results = checkVsix(buffer.length, entries.map((e) => e.name), manifest);
  for (const [rule, ok] of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${rule}`);
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`vsix: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/vsix.mjs FILE.vsix');
    process.exit(2);
  }
  process.exit(main(file) ? 0 : 1);
}
