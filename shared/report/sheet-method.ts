import type ExcelJS from 'exceljs'
import { BAND_GRADES } from '../bank/factor'
import { setNumber, setText } from './cells'
import type { MethodRefs, WriteContext } from './context'
import { abs } from '../xlsx/address'
import { absRange, onSheet } from './excel-formula'
import { comparisonText } from './build-factors'
import { fill } from './labels'
import { setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'

/** Columns A..L; the rules text spans all of them. */
const WIDTHS = [22, 34, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11]
const LAST_COLUMN = WIDTHS.length

/** A rough line count for wrapped text in a merged range, for its row height. */
function lines(text: string, widthChars: number): number {
  let units = 0
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1
  return Math.max(1, Math.ceil(units / Math.max(1, widthChars - 2)))
}

/**
 * The Method sheet: the profile's parameters in cells that the other sheets' formulas read
 * (weights, questionnaire share, tolerance, level thresholds, gate parameters, factor bands and
 * red-line limits), then the rules in words. Returns the parameters' addresses.
 */
export function writeMethodSheet(ctx: WriteContext): MethodRefs {
  const sheet = ctx.sheets.method
  const { model, labels, styles } = ctx
  const m = model.method
  const L = labels.method
  const name = labels.sheets.method
  const at = (column: number, row: number): string => onSheet(name, abs(column, row))
  setWidths(sheet, WIDTHS)
  let r = 1
  setText(sheet.getCell(r, 1), labels.sheets.method, styles.title)
  sheet.getRow(r).height = 28
  r += 2

  const block = (title: string): void => {
    setText(sheet.getCell(r, 1), title, styles.section)
    sheet.getRow(r).height = 20
    r++
  }
  const pair = (label: string, value: string | number, style = styles.text): ExcelJS.Cell => {
    setText(sheet.getCell(r, 1), label, styles.label)
    const cell = sheet.getCell(r, 2)
    if (typeof value === 'number') setNumber(cell, value, style)
    else setText(cell, value, style)
    r++
    return cell
  }
  /** A weight table's row: id, name and weight; returns the weight's cell, which formulas read. */
  const weightRow = (w: { id: string; name: string; weight: number }): string => {
    setText(sheet.getCell(r, 1), w.id, styles.text)
    setText(sheet.getCell(r, 2), w.name, styles.text)
    setNumber(sheet.getCell(r, 3), w.weight, styles.number)
    return at(3, r++)
  }

  block(L.profileTitle)
  pair(
    L.profile,
    m.profile.name + fill(labels.parenthesized, { text: `${m.profile.id} ${m.profile.version}` })
  )
  pair(L.factorScoring, labels.factors.modes[m.factorScoring])
  pair(L.questionnaireShare, m.questionnaireShare, styles.format('0%', 'text'))
  const questionnaireShare = at(2, r - 1)
  pair(L.tolerance, m.tolerance, styles.format('0E+00', 'text'))
  const tolerance = at(2, r - 1)
  r++

  block(L.pillarWeightsTitle)
  const wh = L.weightHeaders
  writeHeaderRow(ctx, sheet, r++, [wh.id, wh.name, wh.weight])
  const pillarWeight = new Map<string, string>()
  for (const p of m.pillarWeights) pillarWeight.set(p.id, weightRow(p))
  r++

  block(L.sectionWeightsTitle)
  writeHeaderRow(ctx, sheet, r++, [wh.id, wh.name, wh.weight, wh.pillar])
  const sectionWeight = new Map<string, string>()
  for (const s of m.sectionWeights) {
    setText(sheet.getCell(r, 4), s.pillarId, styles.center)
    sectionWeight.set(s.id, weightRow(s))
  }
  r++

  block(L.levelsTitle)
  const lh = L.levelHeaders
  writeHeaderRow(ctx, sheet, r++, [lh.level, lh.code, lh.minScore, lh.label])
  const firstLevel = r
  for (const level of model.levels) {
    setNumber(sheet.getCell(r, 1), level.level, styles.integer)
    setText(sheet.getCell(r, 2), level.code, styles.center)
    setNumber(sheet.getCell(r, 3), level.minScore, styles.number)
    setText(sheet.getCell(r, 4), level.label, styles.text)
    r++
  }
  const lastLevel = r - 1
  r++

  block(L.gatesTitle)
  const gh = L.gateHeaders
  writeHeaderRow(ctx, sheet, r++, [gh.gate, gh.parameter, gh.value, gh.enabled])
  const gate = (
    label: string,
    enabled: boolean,
    parameter: string,
    value: number,
    fmt = styles.integer
  ): string => {
    setText(sheet.getCell(r, 1), label, styles.text)
    setText(sheet.getCell(r, 2), parameter, styles.wrap)
    setNumber(sheet.getCell(r, 3), value, fmt)
    setText(sheet.getCell(r, 4), enabled ? labels.yes : labels.no, styles.center)
    return at(3, r++)
  }
  const g = m.gates
  const levelsAbove = gate(
    L.gates.criticalItem,
    g.criticalItem.enabled,
    L.gates.criticalItemParam,
    g.criticalItem.levelsAbove
  )
  const capLevel = gate(
    L.gates.redLine,
    g.redLine.enabled,
    L.gates.redLineParam,
    g.redLine.capLevel
  )
  const maxNAShare = gate(
    L.gates.coverage,
    g.coverage.enabled,
    L.gates.coverageParam,
    g.coverage.maxNAWeightShare,
    styles.format('0%', 'center')
  )
  gate(L.gates.unevidenced, g.unevidenced.enabled, L.gates.unevidencedMin, g.unevidenced.minLevel)
  gate(
    L.gates.unevidenced,
    g.unevidenced.enabled,
    L.gates.unevidencedAs,
    g.unevidenced.scoredAsLevel
  )
  r++

  block(L.itemScoresTitle)
  m.maturityScores.forEach((score, level) =>
    pair(fill(L.maturity, { n: level }), score, styles.number)
  )
  pair(L.yesPartialNo, `${m.yesPartialNo.yes} / ${m.yesPartialNo.partial} / ${m.yesPartialNo.no}`)
  r++

  const bands = writeBands(ctx, sheet, r, at)
  r = bands.next
  const redLineLimit = writeRedLines(ctx, sheet, r, at)
  r = redLineLimit.next

  block(L.rulesTitle)
  const width = WIDTHS.reduce((a, b) => a + b, 0)
  for (const rule of L.rules) {
    sheet.mergeCells(r, 1, r, LAST_COLUMN)
    setText(sheet.getCell(r, 1), rule, styles.wrap)
    sheet.getRow(r).height = 14 * lines(rule, width) + 4
    r++
  }

  sheet.views = [{ state: 'normal', showGridLines: false }]
  setupPrinting(ctx, sheet, { landscape: true })
  return {
    questionnaireShare,
    tolerance,
    pillarWeight,
    sectionWeight,
    levelNumbers: onSheet(name, absRange(1, firstLevel, lastLevel)),
    levelCodes: onSheet(name, absRange(2, firstLevel, lastLevel)),
    levelMins: onSheet(name, absRange(3, firstLevel, lastLevel)),
    levelLabels: onSheet(name, absRange(4, firstLevel, lastLevel)),
    levelsAbove,
    capLevel,
    maxNAShare,
    bandThresholds: bands.thresholds,
    bandScores: bands.scores,
    redLineLimit: redLineLimit.limits
  }
}

function writeBands(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  start: number,
  at: (column: number, row: number) => string
): { next: number; thresholds: Map<string, Array<string | null>>; scores: Map<string, string[]> } {
  const { labels, styles } = ctx
  const L = labels.method
  let r = start
  setText(sheet.getCell(r, 1), L.bandsTitle, styles.section)
  r++
  const bh = L.bandHeaders
  writeHeaderRow(ctx, sheet, r++, [
    bh.factor,
    bh.direction,
    ...BAND_GRADES.map((g) => fill(bh.threshold, { g })),
    ...BAND_GRADES.map((g) => fill(bh.score, { g }))
  ])
  const thresholds = new Map<string, Array<string | null>>()
  const scores = new Map<string, string[]>()
  for (const factor of ctx.model.factors) {
    setText(sheet.getCell(r, 1), `${factor.id} ${factor.name}`, styles.text)
    setText(sheet.getCell(r, 2), labels.factors.directions[factor.direction], styles.text)
    const format = styles.format(styles.factorFormat(factor.display, factor.decimals), 'center')
    const t: Array<string | null> = []
    const s: string[] = []
    factor.bands.forEach((band, i) => {
      const thresholdCell = sheet.getCell(r, 3 + i)
      if (band.threshold === null) {
        setText(thresholdCell, labels.dash, styles.center)
        t.push(null)
      } else {
        setNumber(thresholdCell, band.threshold, format)
        t.push(at(3 + i, r))
      }
      setNumber(sheet.getCell(r, 8 + i), band.score, styles.format('0', 'center'))
      s.push(at(8 + i, r))
    })
    thresholds.set(factor.id, t)
    scores.set(factor.id, s)
    r++
  }
  return { next: r + 1, thresholds, scores }
}

function writeRedLines(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  start: number,
  at: (column: number, row: number) => string
): { next: number; limits: Map<string, string> } {
  const { labels, styles, model } = ctx
  const L = labels.method
  let r = start
  setText(sheet.getCell(r, 1), L.redLinesTitle, styles.section)
  r++
  const rh = L.redLineHeaders
  writeHeaderRow(ctx, sheet, r++, [rh.id, rh.target, rh.rule, '', rh.source, rh.message])
  sheet.mergeCells(r - 1, 3, r - 1, 4)
  sheet.mergeCells(r - 1, 6, r - 1, LAST_COLUMN)
  const limits = new Map<string, string>()
  const row = (id: string, target: string, source: string, message: string): void => {
    setText(sheet.getCell(r, 1), id, styles.text)
    setText(sheet.getCell(r, 2), target, styles.wrap)
    setText(sheet.getCell(r, 5), source, styles.center)
    sheet.mergeCells(r, 6, r, LAST_COLUMN)
    setText(sheet.getCell(r, 6), message, styles.wrap)
  }
  for (const factor of model.factors) {
    for (const line of factor.redLines) {
      row(
        line.id,
        `${factor.id} ${factor.name}`,
        L.redLineSources.factor,
        model.method.factorRedLineMessages[line.id] ?? ''
      )
      setText(sheet.getCell(r, 3), comparisonText(line.op), styles.center)
      const format = styles.format(styles.factorFormat(factor.display, factor.decimals), 'center')
      setNumber(sheet.getCell(r, 4), line.value, format)
      limits.set(line.id, at(4, r))
      r++
    }
  }
  for (const line of model.method.questionRedLines) {
    row(line.id, line.questionId, L.redLineSources.question, line.message)
    sheet.mergeCells(r, 3, r, 4)
    setText(sheet.getCell(r, 3), line.rule, styles.center)
    r++
  }
  return { next: r + 1, limits }
}
