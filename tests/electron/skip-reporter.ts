import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestResult
} from '@playwright/test/reporter'
import { SKIP_REASON } from './electron-available'

/**
 * The reporter used when the Electron binary is missing: one line that says so and how many tests
 * did not run, instead of a list of skips. If a test ran anyway (a spec without the skip guard),
 * it says which and fails the run, so a missing binary never turns into a silent pass.
 */
export default class SkipReporter implements Reporter {
  private readonly ran: string[] = []

  onBegin(_config: FullConfig, suite: Suite): void {
    const count = suite.allTests().length
    console.log(`SKIP: ${SKIP_REASON} — ${count} Electron tests not run`)
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped')
      this.ran.push(`${test.titlePath().filter(Boolean).join(' › ')}: ${result.status}`)
  }

  async onEnd(_result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    if (this.ran.length === 0) return undefined
    console.log(`ERROR: ${this.ran.length} Electron tests ran without the Electron binary:`)
    for (const line of this.ran) console.log(`  ${line}`)
    return { status: 'failed' }
  }

  printsToStdio(): boolean {
    return true
  }
}
