/**
 * The firm's registers an assessment's factor figures were measured from (故障台账, 变更台账 …),
 * as they travel in the assessment file, packages and backups: each register's rows as imported,
 * the file it came from (name, SHA-256, size, when), and the figures the assessor typed over the
 * register's with the reason. Optional in format 3: a file without registers reads as before.
 */
import { z } from 'zod'
import { REGISTER_KINDS } from '../registers/kinds'
import { REGISTER_LIMITS } from '../registers/read-table'
import { isoDateTime, personName, sha256Hex } from './evidence'

/** A cell as the importer keeps it: a choice's code, a boolean, a `YYYY-MM-DDTHH:mm`, a number. */
const registerValueSchema = z.union([z.string().max(20_000), z.number().finite(), z.boolean()])

const registerRowSchema = z.strictObject({
  /** Its row (or line) number in the source file. */
  row: z.number().int().min(1),
  /** Field id → value (a blank cell is absent). */
  values: z.record(z.string().min(1).max(64), registerValueSchema)
})

const registerTableSchema = z.strictObject({
  kind: z.enum(REGISTER_KINDS),
  sheet: z.string().max(300),
  rows: z.array(registerRowSchema).max(REGISTER_LIMITS.maxRows),
  leftOut: z.array(z.number().int().min(1)).max(REGISTER_LIMITS.maxRows),
  repeatedHeaders: z.number().int().min(0)
})

const registerSourceSchema = z.strictObject({
  name: z.string().min(1).max(1000),
  sha256: sha256Hex,
  bytes: z.number().int().min(0),
  importedAt: isoDateTime,
  encoding: z.enum(['utf-8', 'gb18030']).optional()
})

/** A register as imported: taken whole from one file (a re-import of its kind replaces it). */
export const storedRegisterSchema = z.strictObject({
  source: registerSourceSchema,
  table: registerTableSchema
})
export type StoredRegister = z.infer<typeof storedRegisterSchema>

/** A figure the assessor typed over the register's, and why (required). */
export const figureOverrideSchema = z.strictObject({
  value: z.number().finite().nullable(),
  reason: z.string().trim().min(1).max(4000),
  by: personName,
  at: isoDateTime
})
export type FigureOverride = z.infer<typeof figureOverrideSchema>

/**
 * An assessment's registers (one per kind) and the overridden figures, keyed by figure
 * (`F01.N_mon`, `F16.T_trading@<system id>`).
 */
export const assessmentRegistersSchema = z.strictObject({
  registers: z
    .array(storedRegisterSchema)
    .max(REGISTER_KINDS.length)
    .refine(
      (list) => new Set(list.map((r) => r.table.kind)).size === list.length,
      'one register of each kind'
    ),
  overrides: z.record(z.string().min(1).max(200), figureOverrideSchema)
})
export type AssessmentRegisters = z.infer<typeof assessmentRegistersSchema>
