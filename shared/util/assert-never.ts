/**
 * Marks the end of an exhaustive `switch`: TypeScript rejects the call when a case is missing,
 * and at run time a value the types ruled out (an unvalidated file, a newer format) fails loudly
 * instead of being scored as something else.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`)
}
