// @vitest-environment jsdom
// launch.ts takes what launch-early.ts asked before the bundle arrived: each
// answer once, unwrapped as api.invoke would, failures as errors.
import { describe, expect, it } from 'vitest';
import type { EarlyLaunch } from '../../src-renderer/src/launch-early';

const ok = (value: unknown) => Promise.resolve({ ok: true, value });

describe('the launch taking the early answers', () => {
  it('unwraps each answer once, and the document left open with its text and bytes', async () => {
    const early: EarlyLaunch = {
      reading: ok({ current: 'doc-1', places: {} }),
      document: Promise.resolve({
        id: 'doc-1',
        opened: ok({ record: { id: 'doc-1' } }),
        source: ok(new Uint8Array([1])),
        pdf: Promise.resolve(true),
      }),
      answers: {
        'library.list': ok([{ id: 'doc-1' }]),
        'settings.get': Promise.resolve({ ok: false, error: { code: 'storage', message: 'disk' } }),
      },
    };
    (window as unknown as { __rlLaunch: EarlyLaunch }).__rlLaunch = early;
    const launch = await import('../../src-renderer/src/launch');
    launch.startLaunch();
    expect(await launch.launchReading()).toEqual({ current: 'doc-1', places: {} });
    const doc = await launch.takeLaunchDocument('doc-1');
    expect(await doc?.opened).toEqual({ record: { id: 'doc-1' } });
    expect(await doc?.source).toEqual(new Uint8Array([1]));
    expect(await doc?.pdf).toBe(true);
    expect(await launch.takeLaunchDocument('doc-1')).toBeNull();
    expect(await launch.takeLaunchAnswer('library.list')).toEqual([{ id: 'doc-1' }]);
    expect(launch.takeLaunchAnswer('library.list')).toBeNull();
    await expect(launch.takeLaunchAnswer('settings.get')).rejects.toMatchObject({ code: 'storage' });
    expect(launch.takeLaunchAnswer('settings.get')).toBeNull();
  });
});
