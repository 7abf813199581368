import { join } from 'node:path'

/*
 * DUR-11 / DUR-09 (desktop review F-14): the previous release, whose profile this build must open.
 *
 * This project tags no releases; what the lead lands at a stop is what testers install. The newest
 * landed stop with another database schema than today's is stop 19, c11e8e3 (Dexie schema 4: the
 * registers kept row by row). Later landings up to stop 22 (ffda33c) have schema 5 (registers
 * packed, e63bf0b); schema 6 (register rows apart, registerRows) came after. This profile still
 * opens through both upgrades (4 → 5 → 6); schema 5 → 6 alone is covered by the upgrade-path unit
 * test (renderer/src/db/migrations). Remaking it from ffda33c
 * (`npx tsx tests/e2e/previous-release/make-profile.ts <commit>`) needs fill.ts to write that
 * release's register shape (packed rowsJson) instead of schema 4's — not done yet.
 */
export const PREVIOUS_RELEASE = {
  commit: 'c11e8e3a03430600537476d31f2129f250ed1091',
  landed: 'stop 19',
  schema: 4
} as const

/**
 * The origin the profile's data belongs to. IndexedDB is kept per origin; a `*.localhost` name is
 * a secure context (as the desktop's app://bundle is) and holds no port, so any test server can
 * answer for it (persistent-chromium.ts `serveHostFrom`).
 */
export const PROFILE_HOST = 'previous-release.localhost'

/** The profile (only the folders the app's data lives in) and what it holds. */
export const PROFILE_DIR = join(import.meta.dirname, 'profile')
export const MANIFEST_PATH = join(import.meta.dirname, 'manifest.json')
