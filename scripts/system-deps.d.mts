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

export interface SystemDepsHost {
  debian: boolean
  root: boolean
  /** The packages not usable here, probed afresh on each call. */
  missing: () => { name: string; why: string }[]
  /** Runs a command with its output shown; false if it could not start or failed. */
  run: (command: string, args: string[]) => boolean
  log: (line: string) => void
  error: (line: string) => void
}

/** The whole check (exit status 0 or 1); the host is the real system unless given. */
export declare function checkSystemDeps(host?: SystemDepsHost): 0 | 1
