/** Types for electronegativity-justify.mjs, so the TypeScript unit test can import it. */
export declare const MIN_REASON_LENGTH: number
export declare const SEVERITIES: readonly string[]

export interface Justification {
  file: string
  line: number
  checks: string[]
  reason: string | null
}

export interface Finding {
  id: string
  constructorName?: string
  severity: string
  file: string
  line: number
  origin: 'source' | 'build'
}

export declare function parseEngDisable(
  line: string
): null | { checks: string[]; reason: string | null }

export declare function justificationFor(
  finding: Finding,
  justifications: Justification[]
): Justification | null

export declare function isGated(severity: string): boolean
