// `npm run security`: Electronegativity 1.10.3 (fetched by npx, not a
// dependency) over the app's sources plus the built index.html, whose CSP
// meta tag is written at build time. Build output other than that page is
// left out: it repeats the sources without their review annotations. Fails
// when anything but the preload review note is reported.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const view = mkdtempSync(join(tmpdir(), 'reportlens-security-'));
const EXPECTED = new Set(['PRELOAD_JS_CHECK']);
try {
  cpSync(join(root, 'package.json'), join(view, 'package.json'));
  for (const dir of ['src-main', 'src-shared', 'src-renderer'])
    cpSync(join(root, dir), join(view, dir), { recursive: true });
  cpSync(join(root, 'out/renderer/index.html'), join(view, 'src-renderer/index.html'));
  const csv = join(view, 'electronegativity.csv');
  execFileSync(
    'npx',
    [
      '-y',
      '@doyensec/electronegativity@1.10.3',
      '-i',
      view,
      '-o',
      csv,
      // The first needs the internet; the second is a note of the Electron version, not a finding.
      '-x',
      'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
  const found = rows.map((row) => row.split(',')[0] ?? '');
  console.log(`\nElectronegativity: ${rows.length} finding(s)`);
  for (const row of rows) console.log(`  ${row.replaceAll(view, '.')}`);
  const unexpected = found.filter((id) => !EXPECTED.has(id));
  if (unexpected.length > 0) {
    console.error(`\nUnexpected: ${unexpected.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(view, { recursive: true, force: true });
}
