/** Types for electron-binary.mjs, so TypeScript (the Playwright config and specs) can import it. */
export declare const MISSING_ELECTRON_HINT: string

export type ElectronBinaryStatus =
  | {
      present: true
      executablePath: string
      /** The unpacked Electron (electron-builder's `electronDist` for packaging tests). */
      distDir: string
    }
  | { present: false; reason: string }

export declare function electronBinaryStatus(): ElectronBinaryStatus
