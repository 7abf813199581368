import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { buildReportDocument } from './build-document'
import { writeReportDocx } from './docx/write-docx'
import { hostileAssessment } from './hostile-fixture'
import { renderReportHtml } from './html/print-html'
import { docxParts, fieldInstructions, wText } from './test-support'

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g
const hasXmlInvalid = (text: string): boolean => new RegExp(XML_INVALID.source).test(text)

describe('hostile text in every free-text field', () => {
  const bank = defaultBank()
  const { assessment, payloads } = hostileAssessment(generateSampleAssessment(bank, { seed: 7 }))
  const doc = buildReportDocument({ bank, assessment, generatedAt: '2025-07-20T10:00:00+08:00' })

  it('comes out of the Word report as literal text, never a field, link or markup', async () => {
    const parts = docxParts(await writeReportDocx(doc))
    const text = Object.values(parts).map(wText).join('\n')
    const missing = payloads
      .map((p) => p.replace(XML_INVALID, '\ufffd'))
      .filter((p) => !text.includes(p) && !text.includes(p.replace(/#\d+$/, '')))
    // Long lists are cut on the cover only; every payload is in the document somewhere in full.
    expect(missing.map((p) => p.slice(0, 40))).toEqual([])
    for (const field of fieldInstructions(parts))
      expect(field).toMatch(/^(PAGEREF _Toc\d+ \\h|PAGE|NUMPAGES)$/)
    for (const [name, xml] of Object.entries(parts)) {
      expect(hasXmlInvalid(xml), name).toBe(false)
      expect(/<w:instrText[^>]*>[^<]*(MERGEFIELD|HYPERLINK|INCLUDETEXT)/.test(xml), name).toBe(
        false
      )
      expect(/<w:hyperlink [^>]*r:id=|TargetMode="External"/.test(xml), name).toBe(false)
    }
  })

  it('comes out of the print view escaped, with no script or link out', () => {
    const page = renderReportHtml(doc)
    expect(/<script|onerror=|<img|href="(?!#h\d+")/i.test(page.replace(/&lt;[^&]*&gt;/g, ''))).toBe(
      false
    )
    expect(
      page.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;')
    ).toBe(true)
    expect(page.includes('{ MERGEFIELD x }')).toBe(true)
    expect(hasXmlInvalid(page)).toBe(false)
  })
})
