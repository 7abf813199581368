/**
 * Typed access to one row's cells. Every accessor reports a bad value at its cell, with the value
 * it found, and returns undefined so reading can go on and collect every problem in one pass.
 */
import { NUMBER_KINDS } from '../issues/catalogue/terms'
import type { IssueText } from '../util/issue-codes'
import { issueText, issueTexts } from '../util/issue-codes'
import type { LocalizedText } from '../bank/primitives'
import type { SyntaxResult } from './syntax-lexer'
import type { IssueList } from './issues'
import { shown, type CellRef } from './issues'
import { parseNumberText, printNumber } from './list-syntax'
import type { CellData, SheetRow, SheetTable } from './sheet-reader'

const ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/
const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', '是', '对'])
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '否', '不'])

export interface NumberRules {
  required?: boolean
  integer?: boolean
  positive?: boolean
  min?: number
  max?: number
}

export class RowReader {
  constructor(
    readonly table: SheetTable,
    readonly row: SheetRow,
    readonly issues: IssueList
  ) {}

  get sheet(): string {
    return this.table.spec.name
  }

  ref(column: string): CellRef {
    return {
      sheet: this.sheet,
      row: this.row.row,
      col: this.table.columns.get(column) ?? 0,
      column
    }
  }

  has(column: string): boolean {
    return this.row.cells.has(column)
  }

  raw(column: string): CellData | undefined {
    return this.row.cells.get(column)
  }

  /** Reports a problem at the cell of `column`. */
  fail(column: string, problem: IssueText): undefined {
    this.issues.at(this.ref(column), problem)
    return undefined
  }

  /** Reports a problem that leaves this row out of the bank. */
  drop(column: string, problem: IssueText): undefined {
    this.issues.incomplete = true
    return this.fail(column, problem)
  }

  private missing(column: string, required: boolean | undefined): undefined {
    if (required !== true) return undefined
    // A required column missing from the header is reported once, for the sheet.
    const headerReported =
      !this.table.columns.has(column) &&
      this.table.spec.columns.some((spec) => spec.name === column && spec.required === true)
    if (headerReported) return undefined
    if (this.table.columns.has(column)) this.fail(column, issueText('bankXlsx.required'))
    else this.fail(column, issueText('bankXlsx.requiredNoColumn', { column }))
    return undefined
  }

  /** The cell as text; numbers as written by `String(n)`, dates as YYYY-MM-DD. */
  text(column: string, required?: boolean): string | undefined {
    const value = this.raw(column)
    if (value === undefined) return this.missing(column, required)
    if (typeof value === 'number') return printNumber(value)
    if (typeof value === 'boolean') return value ? 'yes' : 'no'
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    return value
  }

  id(column: string, required?: boolean): string | undefined {
    const text = this.text(column, required)?.trim()
    if (text === undefined) return undefined
    if (!ID.test(text))
      return this.fail(column, issueText('bankXlsx.notId', { value: shown(text) }))
    return text
  }

  number(column: string, rules: NumberRules = {}): number | undefined {
    const value = this.raw(column)
    if (value === undefined) return this.missing(column, rules.required)
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? parseNumberText(value)
          : undefined
    const what =
      rules.positive === true
        ? rules.integer === true
          ? NUMBER_KINDS.positiveWholeNumber
          : NUMBER_KINDS.positiveNumber
        : rules.integer === true
          ? NUMBER_KINDS.wholeNumber
          : NUMBER_KINDS.number
    const notNumber = issueText('bankXlsx.notNumber', { what, value: shown(value) })
    if (number === undefined || !Number.isFinite(number)) return this.fail(column, notNumber)
    if (rules.integer === true && !Number.isInteger(number)) return this.fail(column, notNumber)
    if (rules.positive === true && number <= 0) return this.fail(column, notNumber)
    if (rules.min !== undefined && number < rules.min)
      return this.fail(
        column,
        issueText('bankXlsx.belowMin', { min: rules.min, value: shown(value) })
      )
    if (rules.max !== undefined && number > rules.max)
      return this.fail(
        column,
        issueText('bankXlsx.aboveMax', { max: rules.max, value: shown(value) })
      )
    return number
  }

  bool(column: string, required?: boolean): boolean | undefined {
    const value = this.raw(column)
    if (value === undefined) return this.missing(column, required)
    if (typeof value === 'boolean') return value
    const word = String(value).trim().toLowerCase()
    if (TRUE_WORDS.has(word)) return true
    if (FALSE_WORDS.has(word)) return false
    return this.fail(column, issueText('bankXlsx.notYesNo', { value: shown(value) }))
  }

  oneOf<T extends string>(column: string, values: readonly T[], required?: boolean): T | undefined {
    const text = this.text(column, required)?.trim()
    if (text === undefined) return undefined
    const match =
      values.find((v) => v === text) ?? values.find((v) => v.toLowerCase() === text.toLowerCase())
    if (match === undefined)
      return this.fail(
        column,
        issueText('bankXlsx.notOneOf', { values: values.join(', '), value: shown(text) })
      )
    return match
  }

  /**
   * The bilingual text of `${base}::zh-CN` / `${base}::en-US`: undefined when both are empty;
   * a half-filled pair is reported at its empty cell and returned with that half empty.
   */
  localized(base: string, required?: boolean): LocalizedText | undefined {
    const zhColumn = `${base}::zh-CN`
    const enColumn = `${base}::en-US`
    const zh = this.text(zhColumn)
    const en = this.text(enColumn)
    if (zh === undefined && en === undefined) {
      if (required === true && this.table.columns.has(zhColumn))
        return this.fail(zhColumn, issueText('bankXlsx.requiredBilingual', { other: enColumn }))
      return this.missing(zhColumn, required)
    }
    if (zh === undefined)
      this.fail(zhColumn, issueText('bankXlsx.chineseNeeded', { other: enColumn }))
    if (en === undefined)
      this.fail(enColumn, issueText('bankXlsx.englishNeeded', { other: zhColumn }))
    return { 'zh-CN': zh ?? '', 'en-US': en ?? '' }
  }

  /** A compact-syntax cell; a syntax error is reported with its character position. */
  parsed<T>(
    column: string,
    parse: (text: string) => SyntaxResult<T>,
    required?: boolean
  ): T | undefined {
    const text = this.text(column, required)
    if (text === undefined) return undefined
    const result = parse(text)
    if (result.ok) return result.value
    return this.fail(
      column,
      issueText('bankXlsx.syntax', { problem: issueTexts(result.problem), text: shown(text) })
    )
  }

  /** Reports columns that must stay empty for this row (they belong to another type or kind). */
  rejectFilled(columns: readonly string[], why: IssueText): void {
    for (const column of columns) if (this.has(column)) this.fail(column, why)
  }
}

/** One reader per data row of a table. */
export function rowReaders(table: SheetTable | undefined, issues: IssueList): RowReader[] {
  return table === undefined ? [] : table.rows.map((row) => new RowReader(table, row, issues))
}
