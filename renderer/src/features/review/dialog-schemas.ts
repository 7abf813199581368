import { z } from 'zod'

/** The same limits the assessment file puts on a person's name and on a reason (shared/assessment). */
const person = z.string().trim().min(1).max(200)

export const finalizeFormSchema = z.object({ signer: person })
export type FinalizeForm = z.infer<typeof finalizeFormSchema>

export const reopenFormSchema = z.object({ by: person, reason: z.string().trim().min(1).max(4000) })
export type ReopenForm = z.infer<typeof reopenFormSchema>

export const levelSignFormSchema = z.object({ signer: person, comment: z.string().max(4000) })
export type LevelSignForm = z.infer<typeof levelSignFormSchema>

export const sendBackFormSchema = z.object({
  level: z.number().int().min(1).max(3),
  by: person,
  reason: z.string().trim().min(1).max(4000)
})
export type SendBackForm = z.infer<typeof sendBackFormSchema>
