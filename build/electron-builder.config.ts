// Installers: `npm run dist` builds the app (electron-vite), then the
// installer for the platform it runs on: AppImage + deb on Linux, NSIS on
// Windows, dmg on macOS. See README.md for what that needs.
import type { AfterPackContext, Configuration } from 'electron-builder';
import afterPack from './after-pack';

/** Bundled into the renderer by Vite (out/renderer), so not needed again in node_modules. */
export const RENDERER_ONLY_PACKAGES = [
  'pdfjs-dist',
  'mammoth',
  'vue',
  '@vue',
  'pinia',
  'vue-i18n',
  '@intlify',
  'markdown-it',
  'dompurify',
];

export const FILE_TYPES = [
  { ext: 'pdf', name: 'PDF document', mimeType: 'application/pdf' },
  { ext: 'txt', name: 'Plain text report', mimeType: 'text/plain' },
  {
    ext: 'docx',
    name: 'Word document',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
];

const config: Configuration = {
  appId: 'org.reportlens.app',
  productName: 'ReportLens',
  copyright: 'Copyright © 2026 ReportLens contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app and the sample report. electron-builder adds the production
  // dependencies (never devDependencies), minus those the renderer already bundles.
  files: [
    'out/**/*',
    '!out/**/*.map',
    'data/hengyang-2021.txt',
    'package.json',
    ...RENDERER_ONLY_PACKAGES.map((name) => `!node_modules/${name}/**`),
  ],
  asar: true,
  // The fuses are flipped by our own hook, with the pinned @electron/fuses.
  electronFuses: null,
  afterPack: (context: AfterPackContext) => afterPack(context),
  fileAssociations: FILE_TYPES.map((t) => ({ ...t, role: 'Viewer', icon: 'resources/icon' })),
  protocols: [{ name: 'ReportLens link', schemes: ['reportlens'] }],
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    executableName: 'reportlens',
    synopsis: 'Read government work reports: notes and indicators side by side',
  },
  deb: { priority: 'optional' },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { title: 'ReportLens' },
};

export default config;
