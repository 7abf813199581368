import type { FactorEntry } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import {
  mergedBySystem,
  saveAnswer,
  saveFactorEntry,
  type AnswerChange
} from '../../db/repos/answers'
import { saveReportField, type ReportField } from '../../db/repos/report-fields'
import { StorageError } from '../../db/storage-error'
import { Autosave, type SaveState, type SaveStatus } from './autosave'

/** What the factors screen changes: some input values (of the firm or of key systems), or the comment. */
export type FactorChange = Partial<Pick<FactorEntry, 'values' | 'bySystem' | 'comment'>>

/** Fired on window after each autosave commit; `npm run bench` times answer → commit with it. */
export const COMMIT_EVENT = 'autosave:commit'

const mergeAnswer = (a: AnswerChange, b: AnswerChange): AnswerChange => ({ ...a, ...b })
const mergeFactor = (a: FactorChange, b: FactorChange): FactorChange => ({
  ...a,
  ...b,
  ...(a.values || b.values ? { values: { ...a.values, ...b.values } } : {}),
  ...mergedBySystem(a.bySystem, b.bySystem)
})

/** Retrying cannot help: the assessment became read-only or disappeared. */
const isPermanent = (error: unknown): boolean =>
  error instanceof StorageError && ['readOnly', 'notFound', 'invalid'].includes(error.code)

const announceCommit = (key: string): void => {
  window.dispatchEvent(new CustomEvent(COMMIT_EVENT, { detail: { key } }))
}

const RANK: Record<SaveStatus, number> = { saved: 0, saving: 1, error: 2 }

/**
 * Every write of one open assessment: the answer, factor and report-field autosaves, and one-off operations
 * (attaching evidence) tracked alongside, so a single indicator says saved / saving / failed.
 */
export class WorkspaceSaves {
  readonly answers: Autosave<AnswerChange>
  readonly factors: Autosave<FactorChange>
  /** The report's own fields (report number, confidentiality, narrative), keyed by ReportField. */
  readonly report: Autosave<string>
  private actor = '—'
  private operations = 0
  private operationError: unknown = null
  private state: SaveState = { status: 'saved', error: null }
  private readonly listeners = new Set<() => void>()

  constructor(readonly assessmentId: string) {
    this.answers = new Autosave<AnswerChange>({
      merge: mergeAnswer,
      isPermanent,
      onCommit: announceCommit,
      write: async (questionId, change) => {
        const now = new Date()
        await saveAnswer(getDatabase(), assessmentId, questionId, change, this.actor, now)
        return now.toISOString()
      }
    })
    this.factors = new Autosave<FactorChange>({
      merge: mergeFactor,
      isPermanent,
      onCommit: announceCommit,
      write: async (factorId, change) => {
        const now = new Date()
        await saveFactorEntry(getDatabase(), assessmentId, factorId, change, this.actor, now)
        return now.toISOString()
      }
    })
    this.report = new Autosave<string>({
      merge: (_earlier, later) => later,
      isPermanent,
      onCommit: announceCommit,
      write: async (field, value) => {
        const now = new Date()
        await saveReportField(
          getDatabase(),
          assessmentId,
          field as ReportField,
          value,
          this.actor,
          now
        )
        return now.toISOString()
      }
    })
    this.answers.subscribe(this.publish)
    this.factors.subscribe(this.publish)
    this.report.subscribe(this.publish)
  }

  /** Who the audit trail records for the next writes. */
  setActor(actor: string): void {
    this.actor = actor.trim() || '—'
  }

  get by(): string {
    return this.actor
  }

  /** Runs a one-off write (e.g. attaching a file) under the same indicator; rethrows its failure. */
  async track<T>(operation: () => Promise<T>): Promise<T> {
    this.operations += 1
    this.operationError = null
    this.publish()
    try {
      return await operation()
    } catch (error) {
      this.operationError = error
      throw error
    } finally {
      this.operations -= 1
      this.publish()
    }
  }

  saveState = (): SaveState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  dispose(): void {
    this.answers.dispose()
    this.factors.dispose()
    this.report.dispose()
  }

  private publish = (): void => {
    const parts: SaveState[] = [
      this.answers.saveState(),
      this.factors.saveState(),
      this.report.saveState(),
      this.operationError
        ? { status: 'error', error: this.operationError }
        : { status: this.operations > 0 ? 'saving' : 'saved', error: null }
    ]
    const worst = parts.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a))
    if (worst.status !== this.state.status || worst.error !== this.state.error) this.state = worst
    for (const listener of this.listeners) listener()
  }
}
