// Draws media/icon.png (128x128): a lens over a pair of quotation marks, on a rounded square.
// Usage: node scripts/make-icon.mjs [out.png]. No image library: shapes are signed-distance tests,
// supersampled 4x4 per pixel for smooth edges, written as an RGBA PNG with node:zlib.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const background = [24, 52, 88];
const lens = [245, 197, 66];
const glass = [58, 98, 140];
const quote = [255, 255, 255];

const inRoundedSquare = (x, y, margin, radius) => {
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= radius * radius;
};
const distance = (x, y, cx, cy) => Math.hypot(x - cx, y - cy);
/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
const toSegment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return distance(x, y, ax + t * (bx - ax), ay + t * (by - ay));
};
/** A quotation mark: a dot with a tail curling down-left. */
const inQuoteMark = (x, y, cx, cy) => distance(x, y, cx, cy) <= 6.5 || toSegment(x, y, cx + 5, cy + 1, cx - 3, cy + 13) <= 2.6;

const LENS_X = 54;
const LENS_Y = 54;

/** Colour of one sample point, or null where the icon is transparent; later shapes paint over earlier ones. */
function shade(x, y) {
  if (!inRoundedSquare(x, y, 2, 22)) return null;
  let colour = background;
  const d = distance(x, y, LENS_X, LENS_Y);
  if (d <= 27) colour = glass;
  if (inQuoteMark(x, y, 44, 48) || inQuoteMark(x, y, 62, 48)) colour = quote;
  if (d > 27 && d <= 35) colour = lens;
  if (toSegment(x, y, 80, 80, 106, 106) <= 7.5) colour = lens;
  return colour;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const i = (py * SIZE + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'media', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, encodePng(render(), SIZE, SIZE));
console.log(`wrote ${out}`);
