import { z } from 'zod'
import { CONFIDENTIALITY_WORDS, strictestConfidentiality } from '../assessment/confidentiality'
import { CONFIDENTIALITY_LEVELS, type ConfidentialityLevel } from '../assessment/report-fields'

/** One level's stamp: its name and its words, exactly. */
type StampOf<L extends ConfidentialityLevel> = z.ZodObject<{
  level: z.ZodLiteral<L>
  'zh-CN': z.ZodLiteral<string>
  'en-US': z.ZodLiteral<string>
}>

/**
 * The confidentiality label on the cover of a package's or backup's manifest (issue 15): the
 * strictest level of the assessments it carries, with its words in both languages, for whoever
 * opens the zip by hand. Informative: each assessment file keeps its own level, which governs.
 */
export const confidentialityStampSchema = z.discriminatedUnion(
  'level',
  CONFIDENTIALITY_LEVELS.map((level) =>
    z
      .object({
        level: z.literal(level),
        'zh-CN': z.literal(CONFIDENTIALITY_WORDS['zh-CN'][level]),
        'en-US': z.literal(CONFIDENTIALITY_WORDS['en-US'][level])
      })
      .strict()
  ) as unknown as [StampOf<'public'>, ...Array<StampOf<ConfidentialityLevel>>]
)
export type ConfidentialityStamp = z.infer<typeof confidentialityStampSchema>

/** The stamp of a file carrying assessments of these levels (absent levels are the default). */
export function confidentialityStamp(
  levels: ReadonlyArray<ConfidentialityLevel | undefined>
): ConfidentialityStamp {
  const level = strictestConfidentiality(levels)
  return {
    level,
    'zh-CN': CONFIDENTIALITY_WORDS['zh-CN'][level],
    'en-US': CONFIDENTIALITY_WORDS['en-US'][level]
  }
}
