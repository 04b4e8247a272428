// electron-builder's afterPack hook: flips the fuses (build/fuses.ts) in the
// packed Electron binary before it is signed and wrapped in an installer.
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { FUSES } from './fuses';

/** What the hook reads of electron-builder's context. */
export type PackContext = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'> & {
  packager: { appInfo: { productFilename: string }; executableName?: string };
};

/** The Electron binary inside an unpacked app, per platform. */
export function electronBinary(context: PackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
  }
}

export default async function afterPack(context: PackContext): Promise<void> {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // On Apple silicon a changed binary needs its ad-hoc signature reset (signing comes after this hook).
  await flipFuses(electronBinary(context), { ...FUSES, resetAdHocDarwinSignature: isMac });
}
