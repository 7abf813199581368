import type ExcelJS from 'exceljs'
import { formatPercent } from '../scoring/format'
import { setData, setFormula, setNumber, setText } from './cells'
import { levelCodeText, type WriteContext } from './context'
import { fill, type ReportLabels } from './labels'
import type { CompletionData } from './model'
import { setWidths, setupPrinting, wrappedLines } from './sheet-setup'

import type { CellStyle } from './styles'

/** Column widths; English labels ("Stability evaluation factor index") need a wider column A. */
const WIDTHS: Record<'zh-CN' | 'en-US', readonly number[]> = {
  'zh-CN': [26, 22, 22, 42],
  'en-US': [36, 16, 28, 36]
}

function completionText(label: string, figure: CompletionData, labels: ReportLabels): string {
  const percent = fill(labels.parenthesized, { text: formatPercent(figure.percent) })
  return `${label} ${figure.done}/${figure.total}${percent}`
}

/**
 * The Cover sheet: who and what was assessed, a DRAFT mark until the assessment is finalized
 * with a valid seal, the overall score and level (formulas that follow the Summary), the gate
 * explanation, factor index, red lines, completion, the bank and profile, when the report was
 * generated and the SHA-256 of the assessment's canonical content.
 */
export function writeCoverSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.cover
  const { model, labels, styles } = ctx
  const cs = styles.cover
  const cover = model.cover
  const L = labels.cover
  const widths = WIDTHS[model.locale]
  const columns = widths.length
  const valueWidth = widths.slice(1).reduce((a, b) => a + b, 0)
  setWidths(sheet, widths)
  const merged = (r: number, from: number, text: string, style: CellStyle): void => {
    // Every cell of a merged range carries the style, or its rules show only in part.
    for (let k = from + 1; k <= columns; k++) sheet.getCell(r, k).style = style
    sheet.mergeCells(r, from, r, columns)
    setText(sheet.getCell(r, from), text, style)
  }
  merged(1, 1, model.title, styles.title)
  sheet.getRow(1).height = 34
  merged(
    2,
    1,
    `${cover.institution}  ·  ${cover.period.start} ${L.periodTo} ${cover.period.end}`,
    styles.subtitle
  )
  sheet.getRow(2).height = 22
  merged(
    3,
    1,
    model.draft ? labels.draftMark : `${labels.finalMark} — ${cover.seal}`,
    model.draft ? styles.draftMark : styles.finalMark
  )
  sheet.getRow(3).height = 30

  let r = 5
  const label = (text: string, height = 20): ExcelJS.Row => {
    const row = sheet.getRow(r)
    row.height = height
    setText(row.getCell(1), text, cs.label)
    return row
  }
  const text = (name: string, value: string, style: CellStyle = cs.text): void => {
    const lines = wrappedLines(value, valueWidth)
    label(name, Math.max(20, 15 * lines + 5))
    merged(r, 2, value, style)
    r++
  }
  /** A row whose value cells B..D are set one by one. */
  const cells = (name: string, height = 20): ExcelJS.Row => {
    const row = label(name, height)
    for (let k = 2; k <= columns; k++) row.getCell(k).style = cs.text
    r++
    return row
  }

  text(L.institution, cover.institution)
  text(L.scope, cover.scope.join(labels.listSeparator) || labels.dash)
  const period = cells(L.period)
  setData(period.getCell(2), { date: cover.period.start }, cs.text, cs)
  setData(period.getCell(3), { date: cover.period.end }, cs.text, cs)
  text(L.assessors, cover.assessors.join(labels.listSeparator) || labels.dash)
  text(L.status, cover.statusLabel)
  r++

  const o = model.summary.overall
  const score = cells(L.overall, 34)
  setFormula(score.getCell(2), ctx.summary.overallScore, o.score ?? labels.noValue, cs.bigScore)
  const level = cells(L.level, 34)
  const code = o.withheld ? labels.levelWithheld : levelCodeText(model, o.level, labels.dash)
  setFormula(level.getCell(2), ctx.summary.overallLevel, code, cs.big)
  // The level's name beside its code (`L3` → `量化级`), so the cover reads without the Method sheet.
  const m = ctx.method
  setFormula(
    level.getCell(3),
    `IFERROR(INDEX(${m.levelLabels},MATCH(B${level.number},${m.levelCodes},0)),"")`,
    model.levels.find((l) => l.code === code)?.label ?? '',
    cs.levelName
  )
  sheet.mergeCells(level.number, 3, level.number, columns)
  text(L.explanation, cover.overallExplanation)
  const index = cells(L.factorIndex)
  setFormula(
    index.getCell(2),
    ctx.summary.factorIndex,
    model.summary.factorIndex ?? labels.noValue,
    cs.score
  )
  const breaches = cover.redLines.length > 0
  text(
    L.redLines,
    breaches ? cover.redLines.join('\n') : labels.none,
    breaches ? cs.alert : cs.text
  )
  const completion = cells(L.completion)
  const c = cover.completion
  setNumber(
    completion.getCell(2),
    c.combined.percent === null ? null : c.combined.percent / 100,
    cs.percent
  )
  setText(
    completion.getCell(3),
    completionText(L.completionQuestions, c.questions, labels),
    cs.text
  )
  setText(completion.getCell(4), completionText(L.completionFactors, c.factors, labels), cs.text)
  r++

  const versioned = (name: string, id: string, version: string) =>
    name + fill(labels.parenthesized, { text: `${id} ${version}` })
  text(L.bank, versioned(cover.bank.title, cover.bank.id, cover.bank.version))
  text(L.bankHash, cover.bank.contentHash, cs.mono)
  text(L.profile, versioned(cover.profile.name, cover.profile.id, cover.profile.version))
  const generated = cells(L.generatedAt)
  setData(generated.getCell(2), { dateTime: model.generatedAt }, cs.text, cs)
  text(L.contentHash, cover.contentHash, cs.mono)
  text(L.seal, cover.seal)
  text(L.generator, model.generator)
  if (cover.notes !== '') text(L.notes, cover.notes)
  const issues = [...cover.issues]
  if (cover.issuesMore > 0) issues.push(fill(L.issuesMore, { n: cover.issuesMore }))
  text(L.issues, issues.length > 0 ? issues.join('\n') : L.issuesNone)
  r++
  sheet.mergeCells(r, 1, r + 1, columns)
  setText(sheet.getCell(r, 1), L.formulasNote, styles.note)
  sheet.getRow(r).height = 16
  sheet.getRow(r + 1).height = 16

  sheet.views = [{ state: 'normal', showGridLines: false }]
  setupPrinting(ctx, sheet, { landscape: false })
}
