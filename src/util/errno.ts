/** Recognising Node system errors by code, wherever they are handled. */

/**
 * True when `error` is a Node system error with this code. Not `instanceof Error`: errors made by Node
 * internals come from another realm under test runners that sandbox modules.
 */
export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
