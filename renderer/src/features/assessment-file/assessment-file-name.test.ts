import { describe, expect, it } from 'vitest'
import { assessmentFileName } from './assessment-file-name'

const metadata = (institution: string) => ({
  institution,
  systems: [],
  period: { start: '2025-01-01', end: '2025-12-31' },
  assessors: []
})

describe('assessmentFileName', () => {
  it('is <institution>-<period>.assessment.json', () => {
    expect(assessmentFileName(metadata('示例证券股份有限公司'))).toBe(
      '示例证券股份有限公司-2025-01-01_2025-12-31.assessment.json'
    )
  })

  it('replaces characters no file system accepts and stays within 200 characters', () => {
    expect(assessmentFileName(metadata('A/B:C*"x"\u0007'))).toBe(
      'A_B_C__x__-2025-01-01_2025-12-31.assessment.json'
    )
    expect(assessmentFileName(metadata('长'.repeat(400))).length).toBe(200)
  })
})
