import { readFile } from 'node:fs/promises'
import type { Download, Locator } from '@playwright/test'
import ExcelJS from 'exceljs'
import { expectDownload } from '../downloads'
import { PageObject } from './page-object'

/** 上期对比: this period beside another of the same institution. */
export class ComparisonPage extends PageObject {
  readonly previous = this.page.getByTestId('comparison-previous')
  readonly overallDelta = this.page.getByTestId('comparison-overall-delta')
  readonly scores = this.page.getByTestId('comparison-scores')
  readonly answers = this.page.getByTestId('comparison-answers')
  readonly none = this.page.getByTestId('comparison-none')
  /** Across a bank upgrade: the banner naming both versions and the moved/removed/added counts. */
  readonly bankMapping = this.page.getByTestId('comparison-bank-mapping')
  readonly trendChart = this.page.getByTestId('trend-chart')
  readonly trendTable = this.page.getByTestId('trend-table')
  readonly trendView = this.page.getByTestId('trend-view')
  readonly trendFactors = this.page.getByTestId('trend-factors')

  /**
   * The trend table's cells of one line (`overall`, `factorIndex`, `pillar:A`, `factor:F01`): its
   * name, then one score per period, oldest first.
   */
  trendRow(lineKey: string): Locator {
    return this.trendTable.locator(`tr[data-row-key="${lineKey}"] td`)
  }

  /** The signed change shown for a node: `overall`, `factorIndex`, a pillar, section or factor id. */
  readonly delta = this.keyed('delta')
  /** Under a per-system factor (by its id): one line per key system, previous → current value. */
  readonly systems = this.keyed('systems')
  /** The finding ids listed as opened, closed, repeated, carried over or on removed questions. */
  readonly findings =
    this.keyed<[kind: 'opened' | 'closed' | 'repeated' | 'carried' | 'removed']>('findings')

  /** One finding listed under `kind`, by its id (`q:C3.01`); its text is the item and its title. */
  finding(
    kind: 'opened' | 'closed' | 'repeated' | 'carried' | 'removed',
    findingId: string
  ): Locator {
    return this.findings(kind).locator(`[data-finding-id="${findingId}"]`)
  }

  /** The row of a question whose answer changed (by its current id). */
  answer(questionId: string): Locator {
    return this.answers.locator(`tr[data-row-key="${questionId}"]`)
  }

  /** Across a bank upgrade: the row of a question only the previous or the current bank has. */
  oneSided(side: 'removed' | 'added', questionId: string): Locator {
    return this.answers.locator(`tr[data-row-key="${side}:${questionId}"]`)
  }

  /** Exports the scored workbook with this comparison as its 上期对比 / Comparison sheet. */
  exportWorkbook(): Promise<Download> {
    return expectDownload(this.page, () => this.page.getByTestId('comparison-export').click())
  }
}

/**
 * The node table of an exported workbook's comparison sheet: id (column B; `overall` for the
 * first row) → the change's stored result and its formula.
 */
export async function comparisonSheetChanges(
  download: Download,
  sheetName: string
): Promise<Map<string, { result: unknown; formula: string }>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(sheetName)
  if (sheet === undefined) throw new Error(`the workbook has no sheet ${sheetName}`)
  const changes = new Map<string, { result: unknown; formula: string }>()
  for (let r = 6; r <= sheet.rowCount; r++) {
    const kind = sheet.getCell(r, 1).value
    if (kind === null) break
    const change = sheet.getCell(r, 6).value as ExcelJS.CellFormulaValue | null
    if (change === null || typeof change !== 'object' || !('formula' in change)) continue
    const id = sheet.getCell(r, 2).value
    changes.set(r === 6 ? 'overall' : String(id), {
      // exceljs reads a stored <v>0</v> of a formula back as no result (the file has the 0).
      result: change.result ?? 0,
      formula: change.formula
    })
  }
  return changes
}
