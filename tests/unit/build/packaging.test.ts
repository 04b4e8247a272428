// The installer configuration, checked without building (Electron's binary
// cannot be downloaded here): electron-builder's own loader and schema
// accept it, every target and fuse is as intended, the afterPack hook really
// flips the fuses of a binary, and only the app (no devDependencies, no
// fixtures, no sources) goes into the package.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import type {
  Configuration,
  LinuxConfiguration,
  MacConfiguration,
  WindowsConfiguration,
} from 'electron-builder';
import afterPack, { electronBinary } from '../../../build/after-pack';
import config, { RENDERER_ONLY_PACKAGES } from '../../../build/electron-builder.config';
import { FUSES } from '../../../build/fuses';

const ROOT = resolve(import.meta.dirname, '../../..');
/** What precedes the fuse wire in an Electron binary (@electron/fuses' constants). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

async function packageJson(): Promise<{
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}> {
  return JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
}

/**
 * electron-builder's rule: the last pattern that matches a path decides; production
 * node_modules are added on their own, so only negated patterns can drop them.
 */
function shipped(path: string): boolean {
  let included = path.startsWith('node_modules/');
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it('is what `npm run dist` loads, and electron-builder accepts it', async () => {
    const pkg = await packageJson();
    expect(pkg.scripts['dist']).toBe(
      'electron-vite build && electron-builder --config build/electron-builder.config.ts',
    );
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const loaded: Configuration = await getConfig(ROOT, 'build/electron-builder.config.ts', null);
    expect(loaded.appId).toBe('org.reportlens.app');
    const debug = { add: () => undefined, isEnabled: false } as unknown as Parameters<
      typeof validateConfiguration
    >[1];
    await expect(validateConfiguration(loaded, debug)).resolves.toBeUndefined();
  });

  it('names the app and builds every target: AppImage + deb, NSIS, dmg', () => {
    expect(config.appId).toBe('org.reportlens.app');
    expect(config.productName).toBe('ReportLens');
    expect((config.linux as LinuxConfiguration).target).toEqual(['AppImage', 'deb']);
    expect((config.win as WindowsConfiguration).target).toEqual(['nsis']);
    expect((config.mac as MacConfiguration).target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
  });

  it('opens .pdf, .txt and .docx and the reportlens:// scheme', () => {
    const assoc = config.fileAssociations as Array<{ ext: string; mimeType: string; role: string }>;
    expect(assoc.map((a) => a.ext)).toEqual(['pdf', 'txt', 'docx']);
    expect(assoc.every((a) => a.mimeType && a.role === 'Viewer')).toBe(true);
    expect(config.protocols).toEqual([{ name: 'ReportLens link', schemes: ['reportlens'] }]);
  });

  it('has icons at the sizes each platform needs', async () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(join(ROOT, 'resources/icons', `${size}x${size}.png`));
      expect(pngSize(png), `${size}`).toEqual([size, size]);
    }
    const ico = await readFile(join(ROOT, (config.win as WindowsConfiguration).icon as string));
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = await readFile(join(ROOT, (config.mac as MacConfiguration).icon as string));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4))
      types.push(icns.subarray(at, at + 4).toString('latin1'));
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']));
    const ic10 = icns.indexOf('ic10');
    expect(pngSize(icns.subarray(ic10 + 8))).toEqual([1024, 1024]);
  });

  it('ships the built app and the sample, never sources, fixtures, maps or renderer-only packages', () => {
    for (const path of [
      'out/main/main.js',
      'out/preload/preload.cjs',
      'out/renderer/index.html',
      'out/renderer/pdfjs/cmaps/GBK-EUC-H.bcmap',
      'data/hengyang-2021.txt',
      'package.json',
      'node_modules/valibot/dist/index.js',
      'node_modules/lowdb/lib/index.js',
    ])
      expect(shipped(path), path).toBe(true);
    for (const path of [
      'out/main/main.js.map',
      'tests/fixtures/hengyang-2021.pdf',
      'tests/fixtures/pdf/bomb_giant.pdf',
      'src-main/main.ts',
      'src-renderer/index.html',
      'data/gold/whatever.json',
      'resources/icon.svg',
      'node_modules/pdfjs-dist/build/pdf.mjs',
      'node_modules/mammoth/lib/index.js',
      '.env',
      'README.md',
    ])
      expect(shipped(path), path).toBe(false);
  });

  it('ships no devDependency: none is in `dependencies`, and what main imports is', async () => {
    const pkg = await packageJson();
    const prod = Object.keys(pkg.dependencies);
    for (const dev of [
      'electron',
      'electron-builder',
      '@electron/fuses',
      'vite',
      'vitest',
      'typescript',
      'playwright-core',
    ])
      expect(prod, dev).not.toContain(dev);
    // The main process's bare imports (electron-vite leaves dependencies external) must ship;
    // the CLI's loaders (src-main/load, cli) and src-shared/zip run only in the CLI and the renderer.
    const files = (await readdir(ROOT, { recursive: true }))
      .map(String)
      .filter((f) => /^src-(main|shared)\/.*\.ts$/.test(f))
      .filter((f) => !/^src-main\/(load|cli)/.test(f) && !f.startsWith('src-shared/zip/'));
    const sources = await Promise.all(files.map((f) => readFile(join(ROOT, f), 'utf8')));
    const imported = new Set(
      sources
        .flatMap((s) =>
          [...s.matchAll(/^import (?!type )[^;]*? from '([^.'][^']*)'/gm)].map((m) => m[1] ?? ''),
        )
        .filter((n) => !n.startsWith('node:') && n !== 'electron'),
    );
    expect([...imported]).toEqual(expect.arrayContaining(['approx-string-match', 'lowdb', 'valibot']));
    for (const name of imported) {
      expect(prod, name).toContain(name);
      expect(RENDERER_ONLY_PACKAGES, name).not.toContain(name);
    }
    expect(imported.size).toBeGreaterThan(0);
  });
});

describe('fuses', () => {
  it('sets every fuse the checklist names', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config.electronFuses).toBeNull();
    expect(typeof config.afterPack).toBe('function');
  });

  it('the afterPack hook flips them in the packed binary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reportlens-fuses-'));
    try {
      // A stand-in binary: Electron's fuse wire (sentinel, version 1, 9 fuses at Electron's defaults).
      const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
      const binary = Buffer.concat([
        Buffer.alloc(5000, 7),
        Buffer.from(SENTINEL),
        Buffer.from([1, 9, ...defaults]),
        Buffer.alloc(3000, 9),
      ]);
      const context = {
        appOutDir: dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'ReportLens' }, executableName: 'reportlens' },
      };
      expect(electronBinary(context)).toBe(join(dir, 'reportlens'));
      await writeFile(join(dir, 'reportlens'), binary);
      await afterPack(context);
      const wire = await getCurrentFuseWire(join(dir, 'reportlens'));
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
      // Untouched ones keep Electron's default.
      expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
      expect((await readFile(join(dir, 'reportlens'))).length).toBe(binary.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds the binary on every platform', () => {
    const packager = { appInfo: { productFilename: 'ReportLens' }, executableName: 'reportlens' };
    expect(electronBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      '/o/ReportLens.exe',
    );
    expect(electronBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      '/o/ReportLens.app',
    );
  });
});
