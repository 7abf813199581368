import type { IssueText } from '../../util/issue-codes'
import { issueText } from '../../util/issue-codes'
import type { ValidationIssue } from '../../util/validation'
import type { IssueTexts } from '../../issues/catalogue/texts'
import type { Bank } from '../bank'
import type { EvaluationFactor } from '../factor'
import type { RegulatoryReference } from '../primitives'
import type { Question } from '../question'

/** A part of the bank with the JSON path it was found at. */
export interface Located<T> {
  item: T
  path: string
}

export const YES_PARTIAL_NO = ['yes', 'partial', 'no'] as const
export const NUMERIC_QUESTION_TYPES = new Set<Question['type']>([
  'maturity',
  'number',
  'percentage'
])

export const quote = (value: unknown): string => JSON.stringify(value)

/**
 * What every semantic check shares: the bank, the ids collected from it (structure.ts fills
 * them first, so later checks can resolve references), and the list of problems found so far.
 */
export class BankContext {
  readonly issues: ValidationIssue[] = []
  readonly questions = new Map<string, Located<Question>>()
  readonly sections = new Map<string, string>()
  readonly pillars = new Map<string, string>()
  readonly factors = new Map<string, Located<EvaluationFactor>>()
  readonly documents = new Set<string>()
  readonly redLineIds = new Map<string, string>()

  constructor(readonly bank: Bank) {}

  /** A problem at a JSON path of the bank. */
  add(path: string, problem: IssueText): void {
    this.issues.push({ path, place: { field: path }, ...problem })
  }

  /** Records an id, reporting it when it was seen before in the same namespace. */
  unique(seen: Map<string, string>, id: string, path: string, what: IssueTexts): boolean {
    const first = seen.get(id)
    if (first !== undefined) {
      this.add(`${path}.id`, issueText('bank.duplicateId', { what, id: quote(id), first }))
      return false
    }
    seen.set(id, path)
    return true
  }

  /** Every reference of a question or factor names a document of the bank. */
  checkDocumentRefs(references: RegulatoryReference[], path: string): void {
    references.forEach((ref, i) => {
      if (!this.documents.has(ref.document)) {
        this.add(
          `${path}.references[${i}].document`,
          issueText('bank.unknownDocument', { document: quote(ref.document) })
        )
      }
    })
  }
}
