import type { FactorEntry } from '@shared/assessment/assessment'
import { getDatabase, type StabilityDatabase } from '../../db/database'
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

/** A repository write of one keyed change of an assessment (saveAnswer, saveFactorEntry, saveReportField). */
type KeyedWrite<C> = (
  db: StabilityDatabase,
  assessmentId: string,
  key: string,
  change: C,
  by: string,
  now: Date
) => Promise<unknown>

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
    this.answers = this.autosave(mergeAnswer, saveAnswer)
    this.factors = this.autosave(mergeFactor, saveFactorEntry)
    this.report = this.autosave<string>(
      (_earlier, later) => later,
      (db, id, field, value, by, now) =>
        saveReportField(db, id, field as ReportField, value, by, now)
    )
    this.answers.subscribe(this.publish)
    this.factors.subscribe(this.publish)
    this.report.subscribe(this.publish)
  }

  /** An autosave of one kind of change, written as the current actor through the repository's `write`. */
  private autosave<C>(merge: (earlier: C, later: C) => C, write: KeyedWrite<C>): Autosave<C> {
    return new Autosave<C>({
      merge,
      isPermanent,
      onCommit: announceCommit,
      write: async (key, change) => {
        const now = new Date()
        await write(getDatabase(), this.assessmentId, key, change, this.actor, now)
        return now.toISOString()
      }
    })
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
