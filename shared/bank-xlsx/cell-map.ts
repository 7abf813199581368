/**
 * Remembers which cell each part of the assembled bank came from, so a problem the bank's own
 * validation finds at a JSON path (`pillars[0].sections[2].questions[4].weight`) is reported at
 * its cell (`questions!H12 (weight)`).
 */
import type { IssueTexts } from '../issues/catalogue/texts'
import type { IssueText } from '../util/issue-codes'
import { issueText, issueTexts, problemOf } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import type { CellRef, IssueList } from './issues'
import type { RowReader } from './row-reader'

interface Entry {
  ref: CellRef
  /** For a part that is not the cell itself (e.g. a question's options): what and where it is. */
  context?: IssueTexts
}

export class CellMap {
  private readonly cells = new Map<string, Entry>()

  set(path: string, ref: CellRef, context?: IssueTexts): void {
    this.cells.set(path, { ref, context })
  }

  /** The cell of `path`, or of its nearest recorded ancestor (`exact` false). */
  locate(path: string): { ref: CellRef; exact: boolean; context?: IssueTexts } | undefined {
    let current = path
    for (;;) {
      const entry = this.cells.get(current)
      if (entry !== undefined) return { ...entry, exact: current === path }
      const parent = current.replace(/(\.[^.[\]]*|\[\d+\])$/, '')
      if (parent === current || parent === '') return undefined
      current = parent
    }
  }
}

/**
 * Adds the bank validation's issues to `issues`, at their cells. An issue on a cell that already
 * has one is dropped (it is a consequence); an issue with no cell keeps its JSON path.
 */
export function addMappedIssues(
  map: CellMap,
  bankIssues: ValidationIssue[],
  issues: IssueList
): void {
  for (const issue of bankIssues) {
    const located = map.locate(issue.path)
    if (located === undefined) {
      issues.add(`bank ${issue.path}`, problemOf(issue), { field: issue.path })
      continue
    }
    if (issues.hasCell(located.ref)) continue
    issues.at(located.ref, atCell(issue, located.context, located.exact ? undefined : issue.path))
  }
}

/** A bank problem said at a cell: with the part it is about and its JSON path, when not the cell's. */
function atCell(
  issue: IssueText,
  context: IssueTexts | undefined,
  path: string | undefined
): IssueText {
  const params = { problem: issueTexts(issue) }
  if (context === undefined)
    return path === undefined ? problemOf(issue) : issueText('bankXlsx.atPath', { ...params, path })
  return path === undefined
    ? issueText('bankXlsx.inPart', { ...params, context })
    : issueText('bankXlsx.inPartAtPath', { ...params, context, path })
}

/** `path` + `.key` / `[n]`, where the root path is empty (`formatPath` calls it `(root)`). */
function childPath(path: string, sub: string): string {
  if (path === '') return sub.startsWith('.') ? sub.slice(1) : sub
  return `${path}${sub}`
}

/** Builds one bank object from one row and records where each of its fields came from. */
export class RecordBuilder {
  readonly value: Record<string, unknown> = {}

  constructor(
    private readonly map: CellMap,
    readonly path: string,
    readonly reader: RowReader,
    keyColumn = 'id'
  ) {
    map.set(path === '' ? '(root)' : path, reader.ref(keyColumn))
  }

  /** Sets `key` when `value` is defined; the field's path points at `column` either way. */
  set(key: string, column: string, value: unknown): this {
    if (value !== undefined) this.value[key] = value
    this.map.set(childPath(this.path, `.${key}`), this.reader.ref(column))
    return this
  }

  /** A bilingual text from `${base}::zh-CN` / `${base}::en-US`. */
  text(key: string, base: string, required?: boolean): this {
    const value = this.reader.localized(base, required)
    if (value !== undefined) this.value[key] = value
    const path = childPath(this.path, `.${key}`)
    this.map.set(path, this.reader.ref(`${base}::zh-CN`))
    this.map.set(`${path}.zh-CN`, this.reader.ref(`${base}::zh-CN`))
    this.map.set(`${path}.en-US`, this.reader.ref(`${base}::en-US`))
    return this
  }

  /**
   * Records where a nested path (`.key`, `[n]`, `.a.b`) came from without setting anything;
   * `context` names the part when the cell is only its owner's (e.g. "options (choices sheet)").
   */
  point(subPath: string, column: string, context?: IssueTexts): this {
    this.map.set(childPath(this.path, subPath), this.reader.ref(column), context)
    return this
  }

  /** Sets a list (or record) that other sheets fill; its path points at the key cell with `context`. */
  list(
    key: string,
    items: unknown[] | Record<string, unknown>,
    context: IssueTexts,
    column = 'id'
  ): this {
    this.value[key] = items
    return this.point(`.${key}`, column, context)
  }
}
