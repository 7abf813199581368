import { join } from 'node:path'
import { buildPreviousRelease } from '../e2e/previous-release/build'
import { PREVIOUS_RELEASE } from '../e2e/previous-release/release'

/**
 * The previous release's desktop build (DUR-11): `PREVIOUS_RELEASE_REF` when set (a tag or
 * commit), else the release recorded in tests/e2e/previous-release/release.ts. Built from git
 * once per commit (tests/e2e/previous-release/build.ts); returns its main entry.
 */
export function previousReleaseMain(): string {
  const ref = process.env.PREVIOUS_RELEASE_REF?.trim() || PREVIOUS_RELEASE.commit
  return join(buildPreviousRelease(ref, 'desktop'), 'out', 'main', 'index.js')
}
