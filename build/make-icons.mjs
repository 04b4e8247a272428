// Regenerates the app's icons in resources/ from resources/icon.svg (run by
// hand after changing the drawing; the results are committed): PNGs for Linux
// at every size its desktops ask for, an .ico for Windows (16-256) and an
// .icns for macOS (PNG entries, 16-1024). Needs ImageMagick's `convert`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const res = resolve(import.meta.dirname, '../resources');
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger images). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function convert(...args) {
  execFileSync('convert', args, { stdio: 'inherit' });
}

function icns(entries) {
  const parts = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(join(res, 'icons'), { recursive: true });
  convert(
    '-background',
    'none',
    '-density',
    '96',
    join(res, 'icon.svg'),
    '-resize',
    '1024x1024',
    `PNG32:${join(res, 'icon.png')}`,
  );
  const png = (size) => join(res, 'icons', `${size}x${size}.png`);
  for (const size of LINUX_SIZES)
    convert(join(res, 'icon.png'), '-resize', `${size}x${size}`, `PNG32:${png(size)}`);
  convert(...ICO_SIZES.map(png), join(res, 'icon.ico'));
  writeFileSync(
    join(res, 'icon.icns'),
    icns(ICNS_TYPES.map(([type, size]) => [type, readFileSync(png(size))])),
  );
}
