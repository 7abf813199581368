import type { Assessment } from '../assessment/assessment'

/**
 * Text that would be dangerous if a writer ever treated it as more than text: spreadsheet
 * formulas, Word field codes and links, markup, 32,000 characters, control characters (which XML
 * cannot carry) and bidirectional overrides. Used by the Word and print-view tests and the
 * independent readers' tests (python-docx, LibreOffice).
 */
export const HOSTILE_TEXTS = [
  '=1+2',
  '@SUM(A1:A9)',
  '{ MERGEFIELD x }',
  '{ HYPERLINK "http://evil.example" }',
  'HYPERLINK "http://evil.example/a" \\o "tip"',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '</w:t><w:instrText>INCLUDETEXT "c:/x"</w:instrText><w:t>',
  'ctrl:\u0000\u0001\u0007\u000b\u000c\u001b\ufffe|end',
  'rtl:\u202eevil\u202c \u200fmark\u200e',
  `long:${'长'.repeat(16_000)}${'A'.repeat(15_995)}`
]

/** One payload per free-text field of an assessment (cycling through HOSTILE_TEXTS). */
export function hostileAssessment(base: Assessment): {
  assessment: Assessment
  payloads: string[]
} {
  let k = 0
  const payloads: string[] = []
  const next = (): string => {
    const text = `${HOSTILE_TEXTS[k % HOSTILE_TEXTS.length]}#${k}`
    k++
    payloads.push(text)
    return text
  }
  const answers = base.answers.map((answer, i) => {
    if (i % 9 !== 0) return answer
    const evidence = answer.evidence.map((ref) =>
      ref.kind === 'reference'
        ? { ...ref, name: next(), location: next() }
        : { ...ref, name: next() }
    )
    return { ...answer, comment: next(), evidence }
  })
  const assessment: Assessment = {
    ...base,
    metadata: {
      ...base.metadata,
      institution: next(),
      systems: [
        { id: 'sys-1', name: next(), serviceWindow: next() },
        { id: 'sys-2', name: next() }
      ],
      assessors: [next(), next()],
      notes: next(),
      reportNumber: next()
    },
    answers,
    factors: base.factors.map((entry, i) => (i % 5 === 0 ? { ...entry, comment: next() } : entry)),
    findings: base.findings.map((record) => ({ ...record, owner: next(), action: next() })),
    narrative: { overview: next(), conclusion: next(), recommendations: next() }
  }
  return { assessment, payloads }
}
