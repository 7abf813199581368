import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import { formatPath } from '../util/validation'
import type {
  Answer,
  Assessment,
  AssessmentFile,
  EvidenceRef,
  FactorEntry,
  FindingRecord,
  Narrative,
  PreviousPeriod,
  StoredRegister
} from './assessment'
import { ASSESSMENT_FILE_KIND, CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { safeParseAssessmentFile } from './assessment-check'
import { legacySystemId } from './upgrade-v2'
import { prettyWithCompactRows } from './compact-rows'

/**
 * The canonical content of an assessment: what it *says*, without how and when it was produced.
 *
 * Included: metadata; the bank reference; the scoring profile; answers (question id, value, N/A
 * justification, comment, evidence); factor entries (factor id, input values, comment, evidence);
 * finding records (all fields but the time feedback was received); the report's narrative parts
 * (the report of record's own words); the period it continues; the registers the factor figures
 * were measured from (each register's rows, its file's name and SHA-256) and the figures typed
 * over them with the reason.
 *
 * Left out, and why:
 * - `auditLog`: it grows with every action, including finalizing itself; the seal must not change
 *   when the log grows;
 * - `finalization`: it holds the seal, so it cannot be part of what is sealed;
 * - `status`, `createdAt`, `updatedAt`: workflow state and clock readings, not content;
 * - `id`: the hash identifies content, not a database record, so a copy imported under a new id
 *   still matches its seal;
 * - per-item provenance (`answeredBy`/`answeredAt`, `updatedBy`/`updatedAt`, evidence
 *   `addedBy`/`addedAt`) and review markers (`flagged`, `carriedOver`): they describe the work,
 *   which the audit log records, not the findings;
 * - empty answers (no value, no N/A, no comment, no evidence): they say nothing;
 * - when a register was imported and an override typed (`importedAt`, `by`, `at`), the file's
 *   size and encoding: clock readings, provenance and what the SHA-256 already fixes.
 *
 * Order never matters: answers are sorted by question id, factor entries by factor id, findings by
 * finding id, evidence by id (all by UTF-16 code units), and canonicalJson sorts object keys.
 * An empty comment counts as no comment.
 */
export interface CanonicalAssessmentContent {
  metadata: CanonicalMetadata
  bank: Assessment['bank']
  profile: Assessment['profile']
  answers: CanonicalAnswer[]
  factors: CanonicalFactorEntry[]
  findings: FindingRecord[]
  /** Only the parts written; absent when none is, so content from before format 2 keeps its hash. */
  narrative?: Narrative
  /** The period this one continues; absent when it was not started from one. */
  previousPeriod?: PreviousPeriod
  /** Absent when no register was imported, so content from before registers keeps its hash. */
  registers?: CanonicalRegisters
}

interface CanonicalRegisters {
  registers: Array<{ file: { name: string; sha256: string }; table: StoredRegister['table'] }>
  overrides: Record<string, { value: number | null; reason: string }>
}

interface CanonicalAnswer {
  questionId: string
  value: Answer['value']
  na?: { justification: string }
  comment?: string
  evidence: CanonicalEvidence[]
}

/**
 * The metadata as stored, except that a key-system list saying no more than format 1's list of
 * names (ids `sys-1`, `sys-2`, … in order, nothing but a name each) is written as that list,
 * `scope: [names]`. So a seal made under format 1 holds after the file is upgraded, while any
 * system detail (class, real-time, service window, another id) is covered by the hash.
 */
type CanonicalMetadata =
  | Omit<Assessment['metadata'], 'systems'>
  | (Omit<Assessment['metadata'], 'systems'> & { scope: string[] })

interface CanonicalFactorEntry {
  factorId: string
  values: Record<string, number | null>
  bySystem?: Record<string, Record<string, number | null>>
  comment?: string
  evidence: CanonicalEvidence[]
}

type CanonicalEvidence = Omit<EvidenceRef, 'addedBy' | 'addedAt'>

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text
}

function canonicalEvidence(evidence: readonly EvidenceRef[] | undefined): CanonicalEvidence[] {
  return (evidence ?? [])
    .map((ref) => {
      const { addedBy: _by, addedAt: _at, ...content } = ref
      return content
    })
    .sort((a, b) => byCodeUnits(a.id, b.id))
}

function isEmptyAnswer(answer: Answer): boolean {
  return (
    answer.value === null &&
    answer.na === undefined &&
    nonEmpty(answer.comment) === undefined &&
    (answer.evidence ?? []).length === 0
  )
}

/**
 * A finding record as content: empty texts and lists count as absent (so a record written before
 * format 3 keeps its hash), evidence without who/when added it, and the time the auditee's feedback
 * was taken in left out (a clock reading, like `answeredAt`).
 */
export function canonicalFinding(finding: FindingRecord): FindingRecord {
  const { receivedAt: _received, ...feedback } = finding.feedback ?? { response: 'agree' }
  const noteEvidence = canonicalEvidence(finding.noteEvidence)
  return {
    findingId: finding.findingId,
    status: finding.status,
    description: nonEmpty(finding.description),
    risk: finding.risk,
    owner: nonEmpty(finding.owner),
    dueDate: finding.dueDate,
    action: nonEmpty(finding.action),
    urgent: finding.urgent,
    note: nonEmpty(finding.note),
    noteEvidence: noteEvidence.length === 0 ? undefined : (noteEvidence as EvidenceRef[]),
    recheck:
      finding.recheck === undefined
        ? undefined
        : { ...finding.recheck, comment: nonEmpty(finding.recheck.comment) },
    feedback:
      finding.feedback === undefined
        ? undefined
        : {
            ...feedback,
            explanation: nonEmpty(feedback.explanation),
            plan: nonEmpty(feedback.plan)
          },
    history:
      finding.history === undefined || finding.history.length === 0 ? undefined : finding.history
  }
}

function canonicalNarrative(narrative: Narrative | undefined): Narrative | undefined {
  if (narrative === undefined) return undefined
  const parts: Narrative = {
    overview: nonEmpty(narrative.overview),
    conclusion: nonEmpty(narrative.conclusion),
    recommendations: nonEmpty(narrative.recommendations)
  }
  return Object.values(parts).some((part) => part !== undefined) ? parts : undefined
}

function saysOnlyNames(systems: Assessment['metadata']['systems']): boolean {
  return systems.every(
    (system, i) =>
      system.id === legacySystemId(i) &&
      system.class === undefined &&
      system.realTime === undefined &&
      system.serviceWindow === undefined
  )
}

function canonicalMetadata(metadata: Assessment['metadata']): CanonicalMetadata {
  if (!saysOnlyNames(metadata.systems)) return metadata
  const { systems, ...rest } = metadata
  return { ...rest, scope: systems.map((system) => system.name) }
}

function canonicalRegisters(registers: Assessment['registers']): CanonicalRegisters | undefined {
  if (registers === undefined) return undefined
  const overrides = Object.entries(registers.overrides)
  if (registers.registers.length === 0 && overrides.length === 0) return undefined
  return {
    registers: registers.registers
      .map(({ source, table }) => ({ file: { name: source.name, sha256: source.sha256 }, table }))
      .sort((a, b) => byCodeUnits(a.table.kind, b.table.kind)),
    overrides: Object.fromEntries(
      overrides.map(([key, { value, reason }]) => [key, { value, reason }])
    )
  }
}

/** Builds the canonical content (see CanonicalAssessmentContent for what is in it and why). */
export function assessmentCanonicalContent(assessment: Assessment): CanonicalAssessmentContent {
  const answers = assessment.answers
    .filter((answer) => !isEmptyAnswer(answer))
    .map((answer): CanonicalAnswer => ({
      questionId: answer.questionId,
      value: answer.value,
      na: answer.na === undefined ? undefined : { justification: answer.na.justification },
      comment: nonEmpty(answer.comment),
      evidence: canonicalEvidence(answer.evidence)
    }))
    .sort((a, b) => byCodeUnits(a.questionId, b.questionId))
  const factors = assessment.factors
    .map((entry: FactorEntry): CanonicalFactorEntry => ({
      factorId: entry.factorId,
      values: entry.values,
      bySystem: entry.bySystem,
      comment: nonEmpty(entry.comment),
      evidence: canonicalEvidence(entry.evidence)
    }))
    .sort((a, b) => byCodeUnits(a.factorId, b.factorId))
  const findings = assessment.findings
    .map(canonicalFinding)
    .sort((a, b) => byCodeUnits(a.findingId, b.findingId))
  const narrative = canonicalNarrative(assessment.narrative)
  const registers = canonicalRegisters(assessment.registers)
  return {
    metadata: canonicalMetadata(assessment.metadata),
    bank: assessment.bank,
    profile: assessment.profile,
    answers,
    factors,
    findings,
    ...(narrative === undefined ? {} : { narrative }),
    ...(assessment.previousPeriod === undefined
      ? {}
      : { previousPeriod: assessment.previousPeriod }),
    ...(registers === undefined ? {} : { registers })
  }
}

/**
 * SHA-256 (lower-case hex) of the canonical JSON of the assessment's canonical content.
 * This is the value a finalization seal records; it is stable under reordering of answers and
 * object keys and unchanged by audit-log growth, status changes and timestamps.
 */
export function assessmentContentHash(assessment: Assessment): string {
  return sha256Hex(canonicalJson(assessmentCanonicalContent(assessment)))
}

export interface SerializeOptions {
  /** The program that wrote the file, e.g. `stability-assessor 0.1.0 (cli)`. */
  generator: string
  /** ISO date-time of the export; passed in (never read from the clock) so output is reproducible. */
  exportedAt: string
}

/** Keys sorted recursively: for free-form maps and data blobs, whose key order carries no meaning. */
function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort(byCodeUnits))
    out[key] = sortKeysDeep((value as Record<string, unknown>)[key])
  return out as T
}

/**
 * The assessment as a file: pretty JSON (2-space indent, trailing newline) with a fixed key
 * order (the schema's for fixed objects; sorted for free-form maps such as profile weights, factor
 * values and audit old/new values) and defaults written out. Arrays keep their order,
 * so parse → serialize round-trips exactly. Throws if the assessment breaks the schema, because
 * writing a file that the app itself would refuse to read helps nobody.
 */
export function serializeAssessmentFile(assessment: Assessment, options: SerializeOptions): string {
  const file: AssessmentFile = {
    kind: ASSESSMENT_FILE_KIND,
    formatVersion: CURRENT_ASSESSMENT_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    generator: options.generator,
    assessment
  }
  const checked = safeParseAssessmentFile(file)
  if (!checked.success) {
    const first = checked.error.issues[0]
    const where = first === undefined ? '' : ` at ${formatPath(first.path)}: ${first.message}`
    throw new Error(`serializeAssessmentFile: the assessment is not valid${where}`)
  }
  // zod builds fixed objects in schema order; free-form maps keep their input order, so sort them.
  const ordered = checked.data
  const { assessment: a } = ordered
  a.profile.pillarWeights = sortKeysDeep(a.profile.pillarWeights)
  a.profile.sectionWeights = sortKeysDeep(a.profile.sectionWeights)
  a.factors = a.factors.map((entry) => ({
    ...entry,
    values: sortKeysDeep(entry.values),
    ...(entry.bySystem === undefined ? {} : { bySystem: sortKeysDeep(entry.bySystem) })
  }))
  if (a.profile.factorShares !== undefined)
    a.profile.factorShares = sortKeysDeep(a.profile.factorShares)
  if (a.registers !== undefined)
    a.registers = {
      registers: a.registers.registers.map(({ source, table }) => ({
        source,
        table: { ...table, rows: table.rows.map((r) => ({ ...r, values: sortKeysDeep(r.values) })) }
      })),
      overrides: Object.fromEntries(
        Object.entries(a.registers.overrides).sort(([x], [y]) => byCodeUnits(x, y))
      )
    }
  a.auditLog = a.auditLog.map((entry) => ({
    ...entry,
    ...(entry.oldValue === undefined ? {} : { oldValue: sortKeysDeep(entry.oldValue) }),
    ...(entry.newValue === undefined ? {} : { newValue: sortKeysDeep(entry.newValue) })
  }))
  return `${prettyWithCompactRows(ordered)}\n`
}
