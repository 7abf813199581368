import { z } from 'zod'
import { assessmentMetadataSchema } from '@shared/assessment/assessment'
import type { AssessmentMetadata, KeySystem } from '@shared/assessment/assessment'
import { isoDateSchema } from '@shared/bank/primitives'
import { cleanSystem, systemsProblem } from '../systems/system-presets'

/** The form's own fields: what the assessor types, before it becomes assessment metadata. */
export interface NewAssessmentForm {
  institution: string
  /** The key systems in scope (ids sys-1, sys-2, … given as rows are added). */
  systems: KeySystem[]
  periodStart: string
  periodEnd: string
  /** Names separated by commas or 、 (one text field, so it is quick to type and to fill). */
  assessors: string
  bankHash: string
  profileId: string
}

/** Every message is an i18n key under `newAssessment.errors`, so errors show in the UI language. */
type ErrorKey =
  | 'institutionRequired'
  | 'tooLong'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'invalidEntry'
  | 'systemNameRequired'
  | 'systemNameTwice'
  | 'bankRequired'
  | 'profileRequired'
const key = (name: ErrorKey): string => `newAssessment.errors.${name}`

/** `张伟、李娜, Wang Fang` → three names. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[,，、;；\n]/)
    .map((name) => name.trim())
    .filter(Boolean)

/** The metadata the form describes (unchecked; assessmentMetadataSchema decides). */
export const toMetadataInput = (form: NewAssessmentForm): unknown => ({
  institution: form.institution,
  systems: form.systems.map(cleanSystem),
  period: { start: form.periodStart, end: form.periodEnd },
  assessors: splitNames(form.assessors)
})

/** Which form field a metadata issue belongs to. */
function fieldOf(path: readonly PropertyKey[]): keyof NewAssessmentForm {
  const [first, second] = path
  if (first === 'period') return second === 'start' ? 'periodStart' : 'periodEnd'
  if (first === 'systems') return 'systems'
  if (first === 'assessors') return first
  return 'institution'
}

function messageOf(issue: z.core.$ZodIssue, form: NewAssessmentForm): string {
  const [first] = issue.path
  if (issue.code === 'too_big') return key('tooLong')
  if (first === 'institution') return key('institutionRequired')
  if (first === 'period') {
    // Two real dates can only fail by being in the wrong order.
    const field = fieldOf(issue.path) as 'periodStart' | 'periodEnd'
    return key(isoDateSchema.safeParse(form[field]).success ? 'endBeforeStart' : 'invalidDate')
  }
  return key('invalidEntry')
}

/**
 * The form schema, derived from the assessment file's own metadata schema: the form checks
 * exactly what a stored assessment must satisfy, and only re-words the messages.
 */
export const newAssessmentFormSchema = z
  .object({
    institution: z.string(),
    systems: z.array(z.custom<KeySystem>()),
    periodStart: z.string(),
    periodEnd: z.string(),
    assessors: z.string(),
    bankHash: z.string().min(1, key('bankRequired')),
    profileId: z.string().min(1, key('profileRequired'))
  })
  .superRefine((form, ctx) => {
    const problem = systemsProblem(form.systems)
    if (problem !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['systems'],
        message: key(problem.kind === 'nameRequired' ? 'systemNameRequired' : 'systemNameTwice')
      })
    const parsed = assessmentMetadataSchema.safeParse(toMetadataInput(form))
    if (parsed.success) return
    const seen = new Set<string>()
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path)
      if (seen.has(field) || (field === 'systems' && problem !== null)) continue // One message per field: the first cause.
      seen.add(field)
      ctx.addIssue({ code: 'custom', path: [field], message: messageOf(issue, form) })
    }
  })

/** The metadata of a valid form (trimmed, defaults applied). */
export const toMetadata = (form: NewAssessmentForm): AssessmentMetadata =>
  assessmentMetadataSchema.parse(toMetadataInput(form))

/** A date as YYYY-MM-DD on this computer's calendar. */
export const localIsoDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** The default period: the 12 whole months up to the end of last month (local calendar). */
export function defaultPeriod(today: Date): { start: string; end: string } {
  const end = new Date(today.getFullYear(), today.getMonth(), 0)
  const start = new Date(today.getFullYear() - 1, today.getMonth(), 1)
  return { start: localIsoDate(start), end: localIsoDate(end) }
}
