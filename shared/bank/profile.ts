import { z } from 'zod'
import { idSchema, localizedTextSchema } from './primitives'

/** One maturity level: reached when the score is ≥ `minScore`. */
export const levelDefinitionSchema = z.strictObject({
  level: z.number().int().min(0).max(4),
  code: z.string().regex(/^L[0-4]$/),
  minScore: z.number().min(0).max(100),
  label: localizedTextSchema,
  description: localizedTextSchema.optional()
})
export type LevelDefinition = z.infer<typeof levelDefinitionSchema>

/**
 * Everything that turns answers into scores: weights, splits, thresholds and gates.
 * A copy is saved with every assessment, so an old result always reproduces exactly.
 */
export const scoringProfileSchema = z.strictObject({
  id: idSchema,
  version: z.string().min(1).max(40),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Relative weights of the pillars in the overall score (renormalised over pillars that have a score). */
  pillarWeights: z.record(idSchema, z.number().min(0)),
  /** Relative weights of the sections/processes inside their pillar. */
  sectionWeights: z.record(idSchema, z.number().min(0)),
  /** Share of the questionnaire score in a section that has factors; the factors get the rest. */
  questionnaireShare: z.number().min(0).max(1),
  /**
   * The factors' share of a section's combined score, per section with factors; a section not
   * listed uses 1 − questionnaireShare. Lets a bank weigh outcome measures where they matter
   * (capacity, availability) above soft inputs (training) whatever the number of factors.
   */
  factorShares: z.record(idSchema, z.number().min(0).max(1)).optional(),
  /** Item score per maturity level 0..4. */
  maturityScores: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
  yesPartialNoScores: z.strictObject({ yes: z.number(), partial: z.number(), no: z.number() }),
  /** Factor score from its band, or interpolated linearly between the E floor and the A target. */
  factorScoring: z.enum(['bands', 'linear']),
  /** L0..L4, ascending by minScore, the first at 0. */
  levels: z.array(levelDefinitionSchema).length(5),
  gates: z.strictObject({
    /** A section/process is rated at most (lowest critical item level) + `levelsAbove`. */
    criticalItem: z.strictObject({
      enabled: z.boolean(),
      levelsAbove: z.number().int().min(0).max(4)
    }),
    /** Any red-line breach caps the overall level at `capLevel`. */
    redLine: z.strictObject({ enabled: z.boolean(), capLevel: z.number().int().min(0).max(4) }),
    /**
     * A section whose N/A items exceed `maxNAWeightShare` of its weight has insufficient coverage and
     * leaves its pillar average; the overall level is withheld while any pillar has insufficient coverage.
     */
    coverage: z.strictObject({ enabled: z.boolean(), maxNAWeightShare: z.number().min(0).max(1) }),
    /** A maturity answer ≥ `minLevel` without evidence is scored as `scoredAsLevel` and flagged. */
    unevidencedMaturity: z.strictObject({
      enabled: z.boolean(),
      minLevel: z.number().int().min(1).max(4),
      scoredAsLevel: z.number().int().min(0).max(4)
    })
  })
})
export type ScoringProfile = z.infer<typeof scoringProfileSchema>
