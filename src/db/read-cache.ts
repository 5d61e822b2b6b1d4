/**
 * What a server process keeps in memory of the database between requests: values read from it (a session with
 * its account, the JSON of a page), kept until the database announces a change. Each migration-made trigger
 * announces every committed change on the channel `jixiao_changes` (migration 0008); the driver listens and calls
 * {@link ReadCache.forget}. While the driver cannot listen (connection lost) the cache is off, so it never serves
 * what a missed announcement would have removed; and nothing is kept longer than {@link maxAgeMs} in any case.
 */

/** The channel the triggers announce changes on. */
export const changeChannel = 'jixiao_changes';

/** The longest a value is kept, even without an announcement: a bound on staleness if the listening connection dies unnoticed. */
export const maxAgeMs = 30_000;

/** Kept at most: the oldest goes first. */
export const maxEntries = 2_000;

interface Entry {
  value: unknown;
  keptUntil: number;
}

export class ReadCache {
  #entries = new Map<string, Entry>();
  /** Counts the changes: a value read while one came in may be stale and is not kept. */
  #changes = 0;
  #listening = false;
  /** Reads under way, by key, with the count of changes when they began. */
  #pending = new Map<string, { changes: number; value: Promise<unknown> }>();

  /** The value kept under `key`, if any. */
  kept<T>(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.keptUntil > performance.now()) return entry.value as T;
    this.#entries.delete(key);
    return undefined;
  }

  /**
   * What `read` gives, kept under `key` for the next caller unless the database changed while it was read.
   * A null value is not kept. Callers asking for a key already being read since the last change share that read
   * (not while changes are not announced: then each reads for itself).
   */
  read<T>(key: string, read: () => Promise<T>): Promise<T> {
    const pending = this.#pending.get(key);
    if (this.#listening && pending?.changes === this.#changes) return pending.value as Promise<T>;
    const changes = this.#changes;
    const value = read().then((found) => {
      if (found !== null && this.#listening && changes === this.#changes) this.#keep(key, found);
      return found;
    });
    const reading = { changes, value };
    this.#pending.set(key, reading);
    const done = () => {
      if (this.#pending.get(key) === reading) this.#pending.delete(key);
    };
    value.then(done, done);
    return value;
  }

  /** The database changed: everything kept may be stale. */
  forget(): void {
    this.#changes += 1;
    this.#entries.clear();
  }

  /** Whether changes are being announced to this process; while not, nothing is kept and no read is shared. */
  setListening(listening: boolean): void {
    this.forget();
    this.#listening = listening;
  }

  #keep(key: string, value: unknown): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, keptUntil: performance.now() + maxAgeMs });
    if (this.#entries.size > maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}
