import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/util/bounded-cache';

describe('BoundedCache', () => {
  it('never holds more than its capacity', () => {
    const cache = new BoundedCache<number, number>(8);
    for (let i = 0; i < 100; i += 1) {
      cache.set(i, i);
      expect(cache.size).toBeLessThanOrEqual(8);
    }
  });

  it('keeps what was used recently and drops what was not', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('kept', 1);
    cache.set('dropped', 2);
    for (let i = 0; i < 10; i += 1) {
      expect(cache.get('kept')).toBe(1);
      cache.set(`filler${i}`, i);
    }
    expect(cache.get('kept')).toBe(1);
    expect(cache.get('dropped')).toBeUndefined();
  });

  it('replaces, deletes and clears', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 1);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('makes a missing value once', () => {
    const cache = new BoundedCache<string, object>(4);
    let made = 0;
    const make = (): object => {
      made += 1;
      return {};
    };
    const first = cache.getOrCreate('k', make);
    expect(cache.getOrCreate('k', make)).toBe(first);
    expect(made).toBe(1);
  });
});
