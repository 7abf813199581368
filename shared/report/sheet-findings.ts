import type ExcelJS from 'exceljs'
import type { FindingRow } from './model'
import { setData, setFormula, setNumber, setText, setTexts } from './cells'
import type { WriteContext } from './context'
import { rel } from '../xlsx/address'
import { str } from './excel-formula'
import { finishListSheet, startListSheet } from './sheet-setup'

const COL = {
  rank: 1,
  id: 2,
  target: 3,
  title: 4,
  pillar: 5,
  section: 6,
  score: 7,
  gap: 8,
  weight: 9,
  priority: 10,
  flags: 11,
  owner: 12,
  dueDate: 13,
  action: 14,
  status: 15,
  risk: 16,
  riskReason: 17,
  description: 18,
  basis: 19,
  note: 20,
  noteEvidence: 21,
  recheck: 22,
  feedbackResponse: 23,
  feedbackExplanation: 24,
  feedbackPlan: 25,
  feedbackDate: 26,
  feedbackBy: 27,
  history: 28
} as const

const WIDTHS = [
  6, 10, 8, 44, 6, 9, 8, 8, 7, 9, 14, 18, 12, 40, 12, 8, 24, 44, 28, 36, 24, 28, 10, 30, 30, 12, 14,
  30
]

/** The record's long texts, wrapped in their columns. */
const WRAPPED_TEXTS = [
  'riskReason',
  'description',
  'basis',
  'note',
  'noteEvidence',
  'recheck',
  'feedbackExplanation',
  'feedbackPlan',
  'feedbackBy',
  'history'
] as const

/**
 * The Findings sheet (问题清单, the remediation register): the gaps ranked by priority
 * (weight × gap) with their records — department, due date, recommendation, status, risk level,
 * description and basis, the remediation note and re-check, the auditee's feedback and the
 * finding's earlier periods; flags mark urgent, overdue, repeat and carried findings. Score, gap and
 * priority are formulas over the Details and Evaluation factors sheets, so they follow edits;
 * the ranking itself is as generated. Records whose gap has closed follow the ranked list.
 */
export function writeFindingsSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.findings
  const { model, labels, styles } = ctx
  startListSheet(ctx, sheet, WIDTHS, COL, labels.findings.headers)
  sheet.getRow(1).height = 30
  let r = 2
  for (const f of model.findings) {
    const row = sheet.getRow(r)
    setNumber(row.getCell(COL.rank), f.rank, styles.integer)
    setText(row.getCell(COL.id), f.id, styles.text)
    setText(row.getCell(COL.target), f.targetId, styles.text)
    setText(row.getCell(COL.title), f.title, styles.wrap)
    setText(row.getCell(COL.pillar), f.pillarId, styles.center)
    setText(row.getCell(COL.section), f.sectionId, styles.center)
    writeScoreCells(ctx, row, r, f)
    setText(row.getCell(COL.flags), f.flags, styles.wrap)
    setText(row.getCell(COL.owner), f.owner, styles.wrap)
    setData(row.getCell(COL.dueDate), f.dueDate, styles.date, styles)
    setText(row.getCell(COL.action), f.action, styles.wrap)
    setText(row.getCell(COL.status), f.status, styles.center)
    setText(
      row.getCell(COL.risk),
      f.riskLevel === null ? '' : labels.findings.risk[f.riskLevel],
      styles.center
    )
    setTexts(row, COL, f, WRAPPED_TEXTS, styles.wrap)
    setText(row.getCell(COL.feedbackResponse), f.feedbackResponse, styles.center)
    setData(row.getCell(COL.feedbackDate), f.feedbackDate, styles.date, styles)
    r++
  }
  finishListSheet(ctx, sheet, WIDTHS.length, {
    lastRow: r - 1,
    filterTo: Math.max(1, r - 1),
    frozenColumns: 2
  })
}

/** Score, gap, weight and priority: formulas over the Details and Evaluation factors sheets. */
function writeScoreCells(ctx: WriteContext, row: ExcelJS.Row, r: number, f: FindingRow): void {
  const { labels, styles } = ctx
  const na = str(labels.noValue)
  const source =
    f.kind === 'question'
      ? ctx.details.countedScoreCell.get(f.targetId)
      : ctx.factors.scoreCell.get(f.targetId)
  if (f.score !== null && f.gap !== null && f.priority !== null && source !== undefined) {
    const score = rel(COL.score, r)
    const gap = rel(COL.gap, r)
    setFormula(row.getCell(COL.score), source, f.score, styles.score)
    setFormula(
      row.getCell(COL.gap),
      `IF(ISNUMBER(${score}),100-${score},${na})`,
      f.gap,
      styles.score
    )
    setNumber(row.getCell(COL.weight), f.weight, styles.number)
    setFormula(
      row.getCell(COL.priority),
      `IF(ISNUMBER(${gap}),${rel(COL.weight, r)}*${gap},${na})`,
      f.priority,
      styles.score
    )
  } else {
    for (const column of [COL.score, COL.gap, COL.weight, COL.priority])
      setNumber(row.getCell(column), null, styles.score)
  }
}
