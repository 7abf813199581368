import { setData, setNumber, setText, setTexts } from './cells'
import type { DetailsRefs, WriteContext } from './context'
import { abs } from '../xlsx/address'
import { absRange, onSheet } from './excel-formula'
import { finishListSheet, startListSheet } from './sheet-setup'

/** Column numbers of the Details sheet; the section formulas read C, F, G, K, L, M and N. */
export const DETAIL_COLUMNS = {
  id: 1,
  pillar: 2,
  section: 3,
  text: 4,
  type: 5,
  weight: 6,
  critical: 7,
  answer: 8,
  status: 9,
  itemScore: 10,
  countedScore: 11,
  counted: 12,
  na: 13,
  redLine: 14,
  notes: 15,
  naJustification: 16,
  comment: 17,
  evidence: 18,
  evidenceHash: 19,
  answeredBy: 20,
  answeredAt: 21
} as const

const WIDTHS = [8, 6, 8, 48, 11, 6, 7, 20, 12, 8, 9, 6, 7, 6, 30, 28, 36, 32, 30, 10, 16]

/**
 * The Details sheet: every question of the bank in bank order, one row each. The counted score,
 * the Counts and N/A flags and the weight are what the Summary's section formulas read (marked
 * as input cells); everything else documents the answer. Frozen header and ID column,
 * autofilter, wrapped long texts, printed landscape one page wide with the header repeated.
 */
export function writeDetailsSheet(ctx: WriteContext): DetailsRefs {
  const sheet = ctx.sheets.details
  const { model, labels, styles } = ctx
  const c = DETAIL_COLUMNS
  startListSheet(ctx, sheet, WIDTHS, c, labels.details.headers)
  sheet.getRow(1).height = 30
  const flag = styles.format(labels.details.flagFormat, 'center')
  const inputFlag = styles.format(labels.details.flagFormat, 'input')
  const countedScoreCell = new Map<string, string>()
  let r = 2
  for (const d of model.details) {
    const row = sheet.getRow(r)
    setText(row.getCell(c.id), d.id, styles.text)
    setText(row.getCell(c.pillar), d.pillarId, styles.center)
    setText(row.getCell(c.section), d.sectionId, styles.center)
    setText(row.getCell(c.text), d.text, styles.wrap)
    setText(row.getCell(c.type), d.typeLabel, styles.text)
    setNumber(row.getCell(c.weight), d.weight, styles.inputNumber)
    setNumber(row.getCell(c.critical), d.critical ? 1 : 0, flag)
    const answerStyle = d.answerFormat === null ? styles.wrap : styles.format(d.answerFormat)
    setData(row.getCell(c.answer), d.answer, answerStyle, styles)
    setText(row.getCell(c.status), d.status, styles.text)
    setNumber(row.getCell(c.itemScore), d.itemScore, styles.score)
    setNumber(row.getCell(c.countedScore), d.countedScore, styles.inputScore)
    setNumber(row.getCell(c.counted), d.counted ? 1 : 0, inputFlag)
    setNumber(row.getCell(c.na), d.na ? 1 : 0, inputFlag)
    setNumber(row.getCell(c.redLine), d.redLine ? 1 : 0, flag)
    setTexts(row, c, d, ['notes', 'naJustification', 'comment'], styles.wrap)
    setText(row.getCell(c.evidence), d.evidenceNames, styles.wrap)
    setText(row.getCell(c.evidenceHash), d.evidenceHashes, styles.mono)
    setText(row.getCell(c.answeredBy), d.answeredBy, styles.text)
    setData(row.getCell(c.answeredAt), d.answeredAt, styles.text, styles)
    countedScoreCell.set(d.id, onSheet(labels.sheets.details, abs(c.countedScore, r)))
    r++
  }
  const last = Math.max(2, r - 1)
  finishListSheet(ctx, sheet, WIDTHS.length, { lastRow: r - 1, filterTo: last, frozenColumns: 1 })
  const range = (column: number): string =>
    onSheet(labels.sheets.details, absRange(column, 2, last))
  return {
    section: range(c.section),
    weight: range(c.weight),
    critical: range(c.critical),
    countedScore: range(c.countedScore),
    counted: range(c.counted),
    na: range(c.na),
    redLine: range(c.redLine),
    countedScoreCell
  }
}
