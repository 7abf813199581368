/** Types for system-deps.mjs, so the unit test (TypeScript) can import it. */
export interface SystemPackage {
  name: string
  why: string
  present: () => boolean
}

export declare const SYSTEM_PACKAGES: SystemPackage[]

export declare function installCommand(names: string[], options: { root: boolean }): string

export declare function planSystemDeps(situation: {
  missing: { name: string; why: string }[]
  root: boolean
  debian: boolean
}): { action: 'none' | 'install' | 'stop'; lines: string[] }
