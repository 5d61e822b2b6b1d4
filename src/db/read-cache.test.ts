import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxAgeMs, maxEntries, ReadCache } from './read-cache';

function listeningCache(): ReadCache {
  const cache = new ReadCache();
  cache.setListening(true);
  return cache;
}

describe('ReadCache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps what was read until the database changes', async () => {
    const cache = listeningCache();
    expect(cache.kept('a')).toBeUndefined();
    expect(await cache.read('a', async () => 1)).toBe(1);
    expect(cache.kept('a')).toBe(1);
    cache.forget();
    expect(cache.kept('a')).toBeUndefined();
  });

  it('does not keep a value read while a change came in, nor a null', async () => {
    const cache = listeningCache();
    await cache.read('a', async () => {
      cache.forget();
      return 'read before the change committed';
    });
    expect(cache.kept('a')).toBeUndefined();
    await cache.read('b', async () => null);
    expect(cache.kept('b')).toBeUndefined();
  });

  it('lets callers of a key being read share that read, but not across a change', async () => {
    const cache = listeningCache();
    let reads = 0;
    const read = async () => {
      reads += 1;
      const number = reads;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return number;
    };
    expect(await Promise.all([cache.read('a', read), cache.read('a', read)])).toEqual([1, 1]);
    cache.forget();
    const before = cache.read('b', read);
    cache.forget();
    const after = cache.read('b', read);
    expect([await before, await after]).toEqual([2, 3]);
    expect(cache.kept('b')).toBe(3);
  });

  it('shares a failed read with those waiting for it, keeps nothing, and reads again for the next caller', async () => {
    const cache = listeningCache();
    const failing = async () => {
      throw new Error('没有找到');
    };
    await expect(Promise.all([cache.read('a', failing), cache.read('a', async () => 'not asked')])).rejects.toThrow('没有找到');
    expect(cache.kept('a')).toBeUndefined();
    expect(await cache.read('a', async () => 'read again')).toBe('read again');
  });

  it('keeps and shares nothing while changes are not announced, and forgets all when they stop', async () => {
    const cache = new ReadCache();
    let reads = 0;
    const read = async () => (reads += 1);
    expect(await Promise.all([cache.read('a', read), cache.read('a', read)])).toEqual([1, 2]);
    expect(cache.kept('a')).toBeUndefined();
    cache.setListening(true);
    await cache.read('a', async () => 1);
    cache.setListening(false);
    expect(cache.kept('a')).toBeUndefined();
  });

  it('keeps nothing longer than its maximum age', async () => {
    const cache = listeningCache();
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await cache.read('a', async () => 1);
    now += maxAgeMs - 1;
    expect(cache.kept('a')).toBe(1);
    now += 1;
    expect(cache.kept('a')).toBeUndefined();
  });

  it('lets the oldest go when full', async () => {
    const cache = listeningCache();
    for (let index = 0; index <= maxEntries; index += 1) await cache.read(`key ${index}`, async () => index);
    expect(cache.kept('key 0')).toBeUndefined();
    expect(cache.kept('key 1')).toBe(1);
    expect(cache.kept(`key ${maxEntries}`)).toBe(maxEntries);
  });
});
