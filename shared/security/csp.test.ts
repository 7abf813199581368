import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './csp'

const directives = (policy: string): Map<string, string> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources.join(' ')]
    })
  )

describe('CONTENT_SECURITY_POLICY (SEC-05)', () => {
  it('is the reviewed policy, verbatim', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob:; " +
        "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'"
    )
  })

  it('never allows inline or evaluated script', () => {
    const script = directives(CONTENT_SECURITY_POLICY).get('script-src') ?? ''
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|data:|blob:|\*/)
  })

  it('has a meta variant identical except for the header-only frame-ancestors', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    const meta = directives(CONTENT_SECURITY_POLICY_META)
    expect(meta.has('frame-ancestors')).toBe(false)
    header.delete('frame-ancestors')
    expect(meta).toEqual(header)
  })
})
