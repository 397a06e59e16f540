import { describe, expect, it, vi } from 'vitest';
import { readDeviceStorage } from '../../src/features/offline/deviceStorage';
import { formatBytes, keepingSentence, usageSentence } from '../../src/features/offline/storageUse';

describe('how much the boards use', () => {
  it('is said in plain decimal units', () => {
    expect(formatBytes(3_200_000)).toBe('3.2 MB');
    expect(formatBytes(240_400)).toBe('240 KB');
    expect(formatBytes(120)).toBe('1 KB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
  });

  it('counts the boards’ own store where the browser says it, else says what the total includes', async () => {
    const chromium = await readDeviceStorage({
      estimate: () =>
        Promise.resolve({
          usage: 6_000_000,
          usageDetails: { indexedDB: 3_200_000 },
        } as StorageEstimate),
      persisted: () => Promise.resolve(true),
    });
    expect(chromium).toEqual({ bytes: 3_200_000, boardsOnly: true, persisted: true });
    expect(usageSentence(chromium!)).toBe('Boards use 3.2 MB on this device.');

    const other = await readDeviceStorage({
      estimate: () => Promise.resolve({ usage: 4_100_000 }),
      persisted: () => Promise.resolve(false),
    });
    expect(usageSentence(other!)).toBe('Boards and the app’s own files use 4.1 MB on this device.');
  });

  it('only reads: persistent storage is asked for after the first save, elsewhere', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const report = await readDeviceStorage({
      estimate: () => Promise.resolve({ usage: 1000 }),
      persisted: () => Promise.resolve(false),
      persist,
    } as unknown as StorageManager);
    expect(report?.persisted).toBe(false);
    expect(persist).not.toHaveBeenCalled();
  });

  it('says nothing where the browser cannot say', async () => {
    expect(await readDeviceStorage(undefined)).toBeNull();
    expect(await readDeviceStorage({})).toBeNull();
  });

  it('tells whether the browser keeps the boards, and what to do when it may not', () => {
    expect(keepingSentence(true)).toBe(
      'The browser has agreed to keep them until you delete them.',
    );
    expect(keepingSentence(false)).toBe(
      'The browser may clear them when space runs low: save board files to keep a copy.',
    );
  });
});
