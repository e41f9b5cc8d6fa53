/** Deterministic ids from content: the same input always yields the same id. */
import { createHash } from 'node:crypto';

/** Hex sha256 of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A short stable id: `prefix` + the first 16 hex digits of sha256 over the parts joined by U+001F. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return `${prefix}${sha256(parts.join('\u001f')).slice(0, 16)}`;
}
