#!/usr/bin/env node
/**
 * Draws the add-in icons (a green leaf with a light midrib and stem) and writes them as PNGs to assets/.
 * Uses only Node built-ins (zlib for the IDAT stream, a hand-written CRC-32), so the output is byte-for-byte
 * reproducible: run `node scripts/make-icons.mjs` and commit assets/icon-*.png.
 *
 *   node scripts/make-icons.mjs            writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.mjs --check    exits 1 if the committed PNGs differ from what the script draws
 */
import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

// Colours (RGB). Leaf: Fluent "green" shades, readable on both light and dark ribbons.
const LEAF = [46, 125, 50]; // #2E7D32
const LEAF_LIGHT = [67, 160, 71]; // #43A047 (upper half of the blade)
const VEIN = [232, 245, 233]; // #E8F5E9
const STEM = [27, 94, 32]; // #1B5E20

// ---- PNG encoding -----------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of size*size*4, straight (non-premultiplied) alpha. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Drawing ----------------------------------------------------------------------------------

/**
 * Colour of the point (x, y) in unit coordinates (0..1, y down), or null when transparent.
 * The leaf lies on the diagonal from bottom-left to top-right: u runs along it, v across it.
 */
function shade(x, y, size) {
  const cx = 0.53;
  const cy = 0.47;
  const dx = x - cx;
  const dy = y - cy;
  const u = (dx - dy) / Math.SQRT2; // towards the top-right tip
  const v = (dx + dy) / Math.SQRT2; // across the blade
  const L = 0.4; // half length of the blade
  const W = 0.2; // half width of the blade
  // The blade is the lens between two circles of radius R whose centres sit at v = ±d.
  const d = (L * L - W * W) / (2 * W);
  const R = d + W;
  const inBlade = u * u + (v - d) * (v - d) <= R * R && u * u + (v + d) * (v + d) <= R * R;
  // Lines at least ~0.9 px wide so they survive at 16 px.
  const line = Math.max(0.9 / size, 0.028);
  const stemStart = -L - 0.12;
  if (u >= stemStart && u <= -L + 0.06 && Math.abs(v) <= line * 0.75) return STEM;
  if (!inBlade) return null;
  if (u > -L + 0.04 && u < L - 0.1 && Math.abs(v) <= line / 2) return VEIN;
  return v < 0 ? LEAF_LIGHT : LEAF;
}

function drawIcon(size) {
  const SS = 6; // supersampling per axis
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return out;
}

// ---- Main -------------------------------------------------------------------------------------

const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(ASSETS, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, drawIcon(size));
  const file = join(ASSETS, `icon-${size}.png`);
  if (check) {
    const same = existsSync(file) && readFileSync(file).equals(png);
    if (!same) {
      stale++;
      console.error(`differs: ${file}`);
    }
  } else {
    writeFileSync(file, png);
    console.log(`wrote ${file} (${png.length} bytes)`);
  }
}
if (check && stale > 0) {
  console.error("Run `node scripts/make-icons.mjs` and commit the PNGs.");
  process.exit(1);
}
