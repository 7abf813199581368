import { z } from 'zod'

/** The same limits the assessment file puts on a person's name and on a reason (shared/assessment). */
const person = z.string().trim().min(1).max(200)

export const finalizeFormSchema = z.object({ signer: person })
export type FinalizeForm = z.infer<typeof finalizeFormSchema>

export const reopenFormSchema = z.object({ by: person, reason: z.string().trim().min(1).max(4000) })
export type ReopenForm = z.infer<typeof reopenFormSchema>
