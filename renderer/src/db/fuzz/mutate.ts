import type { Prng } from '@shared/util/prng'

/**
 * Mutators for the data fuzz test (data-fuzz.test.ts): byte-level damage for any file, and
 * value-level damage for JSON documents. Each takes a seeded PRNG, so every case is reproducible.
 */

/** Values that are wrong for nearly every field. */
export function hostileValue(prng: Prng): unknown {
  const choices: Array<() => unknown> = [
    () => null,
    () => -1,
    () => 1e308,
    () => Number.MAX_SAFE_INTEGER,
    () => 0.5,
    () => '',
    () => 'x'.repeat(prng.int(70_000, 300_000)),
    () => "=cmd|' /C calc'!A0",
    () => '../../etc/passwd',
    () => [],
    () => [1, 'a', null],
    () => ({}),
    () => ({ __proto__: { polluted: true } }),
    () => true,
    () => '2025-02-30T00:00:00Z',
    () => '\u0000\u202e',
    () => nested(prng.int(40, 400))
  ]
  return choices[prng.int(0, choices.length - 1)]!()
}

function nested(depth: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

type Path = Array<string | number>

/** Every path in a JSON tree (objects and arrays), up to `limit` paths. */
export function jsonPaths(root: unknown, limit = 5_000): Path[] {
  const out: Path[] = []
  const walk = (value: unknown, path: Path): void => {
    if (out.length >= limit) return
    if (path.length > 0) out.push(path)
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
  }
  walk(root, [])
  return out
}

/** A deep copy of `doc` with one value replaced, deleted, or given an extra key. */
export function mutateJson(doc: unknown, prng: Prng): { doc: unknown; what: string } {
  const copy = structuredClone(doc)
  const paths = jsonPaths(copy)
  if (paths.length === 0) return { doc: hostileValue(prng), what: 'root replaced' }
  const path = paths[prng.int(0, paths.length - 1)]!
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  const action = prng.int(0, 3)
  if (action === 0 && !Array.isArray(parent)) {
    delete parent[last]
    return { doc: copy, what: `deleted ${path.join('.')}` }
  }
  if (action === 1 && parent[last] !== null && typeof parent[last] === 'object') {
    ;(parent[last] as Record<string, unknown>)['unexpectedField'] = hostileValue(prng)
    return { doc: copy, what: `unknown field under ${path.join('.')}` }
  }
  parent[last] = hostileValue(prng)
  return { doc: copy, what: `${path.join('.')} replaced` }
}

/** JSON text with a `__proto__` (or constructor/prototype) key injected into its first object. */
export function injectForbiddenKey(text: string, prng: Prng): string {
  const key = ['__proto__', 'constructor', 'prototype'][prng.int(0, 2)]!
  const at = text.indexOf('{')
  if (at < 0) return `{"${key}":{"polluted":true}}`
  return `${text.slice(0, at + 1)}"${key}":{"polluted":true},${text.slice(at + 1)}`
}

/** Byte-level damage: truncation, bit flips, inserted/removed/zeroed ranges, junk around. */
export function mutateBytes(bytes: Uint8Array, prng: Prng): { bytes: Uint8Array; what: string } {
  const length = bytes.length
  const junk = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => prng.int(0, 255))
  switch (prng.int(0, 6)) {
    case 0: {
      const at = prng.int(0, Math.max(0, length - 1))
      return { bytes: bytes.slice(0, at), what: `truncated at ${at}` }
    }
    case 1: {
      const out = bytes.slice()
      const flips = prng.int(1, 8)
      for (let i = 0; i < flips; i++) out[prng.int(0, length - 1)]! ^= 1 << prng.int(0, 7)
      return { bytes: out, what: `${flips} bit flips` }
    }
    case 2: {
      const at = prng.int(0, length)
      const inserted = junk(prng.int(1, 64))
      const out = new Uint8Array(length + inserted.length)
      out.set(bytes.subarray(0, at))
      out.set(inserted, at)
      out.set(bytes.subarray(at), at + inserted.length)
      return { bytes: out, what: `${inserted.length} bytes inserted at ${at}` }
    }
    case 3: {
      const at = prng.int(0, length - 1)
      const n = prng.int(1, 256)
      const out = new Uint8Array(length - Math.min(n, length - at))
      out.set(bytes.subarray(0, at))
      out.set(bytes.subarray(at + n), at)
      return { bytes: out, what: `${n} bytes removed at ${at}` }
    }
    case 4: {
      const out = bytes.slice()
      const at = prng.int(0, length - 1)
      out.fill(0, at, Math.min(length, at + prng.int(1, 512)))
      return { bytes: out, what: `zeroed from ${at}` }
    }
    case 5: {
      const extra = junk(prng.int(1, 2048))
      const out = new Uint8Array(length + extra.length)
      out.set(bytes)
      out.set(extra, length)
      return { bytes: out, what: `${extra.length} junk bytes appended` }
    }
    default: {
      const extra = junk(prng.int(1, 2048))
      const out = new Uint8Array(length + extra.length)
      out.set(extra)
      out.set(bytes, extra.length)
      return { bytes: out, what: `${extra.length} junk bytes prepended` }
    }
  }
}
