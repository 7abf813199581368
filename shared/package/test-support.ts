import { strFromU8, strToU8, unzipSync } from 'fflate'
import type { Assessment, EvidenceRef } from '../assessment/assessment'
import { createPrng } from '../util/prng'
import { sha256Hex } from '../util/sha256'
import { MANIFEST_PATH } from './paths'
import type { PackageEvidence } from './write-package'
import { writeZip } from '../zip'

/**
 * Test and benchmark helper: replaces the stand-in digests of an assessment's `file` evidence
 * references with real, deterministic bytes (at most `maxBytes` each), so a package can carry
 * them. Returns a new assessment and the evidence to pass to writePackage.
 */
export function withRealEvidence(
  assessment: Assessment,
  seed: number,
  maxBytes = 4096
): { assessment: Assessment; evidence: PackageEvidence[] } {
  const prng = createPrng(seed)
  const evidence = new Map<string, PackageEvidence>()
  const swap = (ref: EvidenceRef): EvidenceRef => {
    if (ref.kind !== 'file') return ref
    const bytes = new Uint8Array(Math.min(ref.size, maxBytes))
    // Half random, half text-like, so deflate has something to do and something it cannot do.
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 === 0 ? prng.int(0, 255) : 97 + (i % 26)
    const sha256 = sha256Hex(bytes)
    evidence.set(sha256, { sha256, bytes, name: ref.name, mimeType: ref.mimeType })
    return { ...ref, sha256, size: bytes.length }
  }
  return {
    assessment: {
      ...assessment,
      answers: assessment.answers.map((a) => ({ ...a, evidence: (a.evidence ?? []).map(swap) })),
      factors: assessment.factors.map((f) => ({ ...f, evidence: (f.evidence ?? []).map(swap) }))
    },
    evidence: [...evidence.values()]
  }
}

/** A package's files by name, read with fflate's own unzip (independent of our reader). */
export function unpack(pkg: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(pkg)))
}

/** A raw manifest, for tests that break it on purpose. */
export type RawManifest = Record<string, unknown> & { parts: Array<Record<string, unknown>> }

/**
 * Unpacks a package, lets `edit` change its files and manifest, then (unless `rehash` is false)
 * brings every listed part's size and SHA-256 up to date, and zips it again (a valid zip), so a
 * test reaches exactly the check it targets.
 */
export function editPackage(
  pkg: Uint8Array,
  edit: (files: Map<string, Uint8Array>, manifest: RawManifest) => void,
  { rehash = true }: { rehash?: boolean } = {}
): Uint8Array {
  const files = unpack(pkg)
  const manifest = JSON.parse(strFromU8(files.get(MANIFEST_PATH)!)) as RawManifest
  files.delete(MANIFEST_PATH)
  edit(files, manifest)
  if (rehash && Array.isArray(manifest.parts))
    for (const part of manifest.parts) {
      // A fuzzed manifest may hold anything where a part belongs.
      if (typeof part !== 'object' || part === null) continue
      const bytes = typeof part.path === 'string' ? files.get(part.path) : undefined
      if (bytes === undefined) continue
      part.size = bytes.length
      part.sha256 = sha256Hex(bytes)
    }
  return writeZip(
    [
      { name: MANIFEST_PATH, data: strToU8(JSON.stringify(manifest)), deflate: true },
      ...[...files].map(([name, data]) => ({ name, data, deflate: true }))
    ],
    { maxRatio: 100, ratioFloorBytes: 1 << 20 }
  )
}

/** Edits one JSON file of a package (an assessment, a bank) as parsed JSON. */
export function editJson(
  files: Map<string, Uint8Array>,
  path: string,
  edit: (json: Record<string, unknown>) => unknown
): void {
  const json = JSON.parse(strFromU8(files.get(path)!)) as Record<string, unknown>
  const replaced = edit(json)
  files.set(path, strToU8(JSON.stringify(replaced === undefined ? json : replaced)))
}

/** Byte equality; vitest's deep equality walks typed arrays element by element, far too slowly. */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
