import { z } from 'zod'
import { evidenceRefSchema } from '@shared/assessment/assessment'

/** The written-reference fields of the assessment file format, with its limits; blank = not given. */
const fileShape = evidenceRefSchema.options[1].shape

export const referenceFormSchema = z.object({
  name: fileShape.name,
  location: z.string().trim().max(1000),
  page: z.string().trim().max(100),
  interviewee: z.string().trim().max(200),
  note: z.string().trim().max(4000)
})

export type ReferenceForm = z.infer<typeof referenceFormSchema>
