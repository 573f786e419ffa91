#!/usr/bin/env node
// Draws the add-in's ribbon and store icons as real PNGs with node's zlib only, so the icons can be
// regenerated anywhere without an image package. Run: node scripts/make-icons.js (writes assets/*.png).
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const ASSETS = path.resolve(__dirname, "..", "assets");
const SUPERSAMPLE = 4; // 4x4 samples per pixel: smooth edges even at 16 px.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (size x size x 4 bytes) as an 8-bit truecolour-with-alpha PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = zlib.deflateSync(rows, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes live in a unit square (0..1); each answers "is this point inside?".
function roundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(0.06 + r - x, 0, x - (0.94 - r));
  const dy = Math.max(0.06 + r - y, 0, y - (0.94 - r));
  return dx * dx + dy * dy <= r * r;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const along = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
  const t = Math.max(0, Math.min(1, along));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= halfWidth * halfWidth;
}

function polyline(points, halfWidth) {
  return (x, y) => points.slice(1).some((p, i) => nearSegment(x, y, points[i], p, halfWidth));
}

const tick = polyline(
  [
    [0.26, 0.52],
    [0.43, 0.69],
    [0.75, 0.33],
  ],
  0.075,
);
const arrow = polyline(
  [
    [0.24, 0.5],
    [0.74, 0.5],
    [0.56, 0.32],
    [0.74, 0.5],
    [0.56, 0.68],
  ],
  0.07,
);
// Table rows handed off to the right: three short rows and an arrow, the add-in in one picture.
const rows = [0.32, 0.5, 0.68].map((y) =>
  polyline(
    [
      [0.22, y],
      [0.4, y],
    ],
    0.055,
  ),
);
const smallArrow = polyline(
  [
    [0.52, 0.5],
    [0.8, 0.5],
    [0.66, 0.36],
    [0.8, 0.5],
    [0.66, 0.64],
  ],
  0.055,
);
const handoff = (x, y) => rows.some((row) => row(x, y)) || smallArrow(x, y);

/** Renders a coloured rounded square with a white glyph. */
function drawIcon(size, [r, g, b], glyph) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let white = 0;
      for (let s = 0; s < n; s++) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        if (!roundedSquare(x, y)) continue;
        inside++;
        if (glyph(x, y)) white++;
      }
      const i = (py * size + px) * 4;
      const w = inside ? white / inside : 0;
      rgba[i] = Math.round(r + (255 - r) * w);
      rgba[i + 1] = Math.round(g + (255 - g) * w);
      rgba[i + 2] = Math.round(b + (255 - b) * w);
      rgba[i + 3] = Math.round((255 * inside) / n);
    }
  }
  return encodePng(size, rgba);
}

const TEAL = [0x0e, 0x6e, 0x5c];
const GREEN = [0x10, 0x7c, 0x41]; // Excel's green: "checked".
const BLUE = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue: "send".

const icons = [
  ...[16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size, TEAL, handoff]),
  ...[16, 32, 80].map((size) => [`validate-${size}.png`, size, GREEN, tick]),
  ...[16, 32, 80].map((size) => [`send-${size}.png`, size, BLUE, arrow]),
];

fs.mkdirSync(ASSETS, { recursive: true });
for (const [name, size, colour, glyph] of icons) {
  fs.writeFileSync(path.join(ASSETS, name), drawIcon(size, colour, glyph));
}
console.log(`wrote ${icons.length} icons to ${path.relative(process.cwd(), ASSETS) || "."}`);
