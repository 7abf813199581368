/**
 * The vocabulary a bank uses to say how a factor input is measured over a register, as data:
 * which register, which rows (filters), and what to take of them. Rows outside the assessment
 * period never count. docs/registers.md lists the vocabulary and the default measures.
 *
 *   count           the rows that pass the filters
 *   countSystems    the distinct systems among those rows (systems drilled in the period …)
 *   sum / mean / min / max   of a number column (`column`) or of a time difference in minutes
 *                   (`from` → `to`, e.g. 开始时间 → 恢复时间)
 *
 * Filters: `where` (a column's value is one of `in`; a blank cell never matches), `realTime`
 * (the row's system is / is not a real-time trading system per the systems register),
 * `systemClass` (the system's class is one of), and the period (implicit, on the register's time
 * column). Rows whose system is not in the systems register are excluded (unknown system).
 */
import { z } from 'zod'
import { REGISTER_KINDS } from './kinds'

const fieldId = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/)

export const MEASURE_AGGREGATES = ['count', 'countSystems', 'sum', 'mean', 'min', 'max'] as const
export type MeasureAggregate = (typeof MEASURE_AGGREGATES)[number]

export const registerMeasureSchema = z
  .object({
    register: z.enum(REGISTER_KINDS),
    aggregate: z.enum(MEASURE_AGGREGATES),
    /** The number column summed, averaged … */
    column: fieldId.optional(),
    /** Or a time difference in minutes between two date-time columns. */
    from: fieldId.optional(),
    to: fieldId.optional(),
    where: z
      .array(
        z
          .object({ column: fieldId, in: z.array(z.union([z.string(), z.boolean()])).min(1) })
          .strict()
      )
      .max(10)
      .default([]),
    realTime: z.boolean().optional(),
    systemClass: z.array(z.number().int().min(1).max(5)).min(1).optional()
  })
  .strict()
  .refine(
    (m) =>
      m.aggregate === 'count' ||
      m.aggregate === 'countSystems' ||
      m.column !== undefined ||
      (m.from !== undefined && m.to !== undefined),
    {
      message: 'sum, mean, min and max need a column, or from and to'
    }
  )
export type RegisterMeasure = z.infer<typeof registerMeasureSchema>

/** The measures of one bank: factor id → input id → measure. */
export const measureSetSchema = z
  .object({
    bankId: z.string().min(1),
    /** The bank versions these measures are written for. */
    bankVersions: z.array(z.string().min(1)).min(1),
    factors: z.record(z.string(), z.record(z.string(), registerMeasureSchema))
  })
  .strict()
export type MeasureSet = z.infer<typeof measureSetSchema>
