// Lists a .vsix (a zip) and checks it holds what a user needs and nothing else.
// Usage: node scripts/vsix.mjs FILE.vsix   (exit 1 when a check fails)
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';

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
    entries.push({ name, size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Each rule: a description and whether it holds for the file's size and entry names. */
export function checkVsix(bytes, names) {
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
    ['no source maps', !has((n) => n.endsWith('.map'))],
    ['no src/', !has((n) => n.startsWith('extension/src/'))],
    ['no test/ or out/', !has((n) => /^extension\/(test|out)\//.test(n))],
    ['no node_modules/', !has((n) => n.includes('node_modules/'))],
    ['no TypeScript sources', !has((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))],
    ['no .cache/, bench/ or samples/', !has((n) => /^extension\/(\.cache|bench|samples)\//.test(n))],
  ];
}

function main(file) {
  const buffer = fs.readFileSync(file);
  const entries = listZip(buffer);
  console.log(`${file}: ${entries.length} files, ${Math.round(buffer.length / 1024)} KB`);
  for (const entry of entries) console.log(`  ${entry.name} (${entry.size} B)`);
  const results = checkVsix(buffer.length, entries.map((e) => e.name));
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
