import { CONTENT_SECURITY_POLICY_META } from '../../shared/security/csp'
import { expect, test } from './fixtures'

test.describe('content security policy', () => {
  test('the built page carries the meta policy, without header-only directives', async ({
    app: { shell },
    openApp
  }) => {
    await openApp()
    const policy = await shell.contentSecurityPolicy()
    expect(policy).toBe(CONTENT_SECURITY_POLICY_META)
    expect(policy).not.toContain('frame-ancestors')
  })

  test('an injected inline script does not run and eval throws', async ({
    page,
    openApp,
    guards
  }) => {
    guards.expectConsoleError(/violates the following Content Security Policy directive/)
    await openApp()

    const outcome = await page.evaluate(async () => {
      const violations: string[] = []
      const twoViolations = new Promise<void>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push(`${event.effectiveDirective} ${event.blockedURI}`)
          if (violations.length === 2) resolve()
        })
      })

      const script = document.createElement('script')
      script.textContent = 'document.body.dataset.injected = "ran"'
      document.body.append(script)

      // Chromium exempts code run by DevTools (page.evaluate) from the eval check; once this
      // task is over, the code below runs as the page's own and the policy applies.
      await new Promise((resolve) => setTimeout(resolve, 0))
      let evalError = 'none'
      try {
        // eslint-disable-next-line no-eval -- proving that the policy blocks eval is the point
        eval('1')
      } catch (error) {
        evalError = error instanceof Error ? error.name : String(error)
      }

      await twoViolations
      return { injected: document.body.dataset.injected ?? null, evalError, violations }
    })

    expect(outcome.injected).toBeNull()
    expect(outcome.evalError).toBe('EvalError')
    expect(outcome.violations.toSorted()).toEqual(['script-src eval', 'script-src-elem inline'])
  })
})
