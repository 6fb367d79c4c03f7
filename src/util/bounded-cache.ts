/**
 * A map that holds at most `capacity` entries and keeps at least the
 * `capacity / 2` most recently used. Every cross-file cache in groundwork is
 * one of these, so a long-lived editor process that lints many projects keeps
 * a bounded amount of memory.
 *
 * Two generations instead of a strict LRU list: a hit in the young map costs
 * one lookup (a strict LRU re-inserts on every hit, and the resolver's caches
 * are hit thousands of times a second); an entry used again after its
 * generation aged is moved to the young map, and when the young map is full
 * the old one is dropped whole. So size a cache for twice the working set.
 */
export class BoundedCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #generation: number;

  constructor(readonly capacity: number) {
    this.#generation = Math.max(1, Math.ceil(capacity / 2));
  }

  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#old.delete(key);
      this.#insert(key, old);
    }
    return old;
  }

  /** The cached value, or a new one made, cached and returned. */
  getOrCreate(key: K, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    this.set(key, made);
    return made;
  }

  set(key: K, value: V): void {
    this.#old.delete(key);
    this.#insert(key, value);
  }

  delete(key: K): void {
    this.#young.delete(key);
    this.#old.delete(key);
  }

  clear(): void {
    this.#young.clear();
    this.#old.clear();
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }

  #insert(key: K, value: V): void {
    this.#young.set(key, value);
    if (this.#young.size >= this.#generation) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }
}
