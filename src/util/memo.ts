/** Bounded memoisation for pure string functions on hot paths (name keys are asked for again and again). */

/**
 * Wraps a pure function of one string so repeated calls are a Map lookup. The cache is dropped whole
 * when it reaches `max` entries: cheap, and it keeps memory bounded on a million-article run.
 * Only for functions whose results are immutable values (strings, numbers) or are never mutated.
 */
export function memoizeString<T>(fn: (text: string) => T, max = 100_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    // An undefined result is simply computed again: no cast, and no such function is hot here.
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= max) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
