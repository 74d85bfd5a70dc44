// Draws the app icons Teams requires: color.png (192x192, full colour) and outline.png (32x32,
// white on transparent), and the Outlook ribbon icons (16, 32, 80). A clock face: other people's time. Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { PNG } from "pngjs";

type Rgba = [number, number, number, number];

function draw(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  // 4x4 supersampling for smooth edges.
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const c = paint((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 4; i++) acc[i]! += c[i]! / 16;
        }
      }
      const o = (y * size + x) * 4;
      for (let i = 0; i < 4; i++) png.data[o + i] = Math.round(acc[i]!);
    }
  }
  return PNG.sync.write(png);
}

const dist = (x: number, y: number, cx: number, cy: number) => Math.hypot(x - cx, y - cy);
function nearSegment(x: number, y: number, [ax, ay]: number[], [bx, by]: number[], width: number): boolean {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  const t = Math.max(0, Math.min(1, ((x - ax!) * dx + (y - ay!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax! + t * dx), y - (ay! + t * dy)) <= width / 2;
}

/** The mark in unit coordinates: a ring and two hands at three o'clock. */
function mark(x: number, y: number, stroke: number): boolean {
  const ring = Math.abs(dist(x, y, 0.5, 0.5) - 0.34) <= stroke / 2;
  const minute = nearSegment(x, y, [0.5, 0.5], [0.5, 0.25], stroke);
  const hour = nearSegment(x, y, [0.5, 0.5], [0.68, 0.5], stroke);
  return ring || minute || hour;
}

const BRAND: Rgba = [70, 71, 117, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [255, 255, 255, 0];

writeFileSync(
  "appPackage/color.png",
  draw(192, (x, y) => (mark(x, y, 0.07) ? WHITE : BRAND)),
);
writeFileSync(
  "appPackage/outline.png",
  draw(32, (x, y) => (mark(x, y, 0.1) ? WHITE : CLEAR)),
);
// Outlook ribbon icons: served by our web host under /addin/assets/, not part of the zip.
mkdirSync("src/addin/pages/assets", { recursive: true });
for (const size of [16, 32, 80]) {
  writeFileSync(
    `src/addin/pages/assets/icon-${size}.png`,
    draw(size, (x, y) => (mark(x, y, size <= 16 ? 0.12 : 0.08) ? WHITE : BRAND)),
  );
}
console.log("wrote appPackage/color.png (192), appPackage/outline.png (32), src/addin/pages/assets/icon-{16,32,80}.png");
