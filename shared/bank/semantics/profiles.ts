import type { ScoringProfile } from '../profile'
import { BANK_PARTS } from '../../issues/catalogue/terms'
import type { IssueTexts } from '../../issues/catalogue/texts'
import { issueText } from '../../util/issue-codes'
import type { BankContext } from './context'
import { YES_PARTIAL_NO, quote } from './context'

/** Each profile: weights name real pillars and sections, levels, item scores and gates. */
export function checkProfiles(ctx: BankContext): void {
  const seen = new Map<string, string>()
  ctx.bank.profiles.forEach((profile, pi) => {
    const path = `profiles[${pi}]`
    ctx.unique(seen, profile.id, path, BANK_PARTS.profile)
    checkProfileWeights(ctx, profile, path)
    checkLevels(ctx, profile, path)
    checkItemScores(ctx, profile, path)
    checkFactorShares(ctx, profile, path)
    const unevidenced = profile.gates.unevidencedMaturity
    if (unevidenced.scoredAsLevel >= unevidenced.minLevel) {
      ctx.add(
        `${path}.gates.unevidencedMaturity.scoredAsLevel`,
        issueText('bank.gateChangesNothing', { minLevel: unevidenced.minLevel })
      )
    }
  })
  if (!seen.has(ctx.bank.defaultProfileId)) {
    ctx.add(
      'defaultProfileId',
      issueText('bank.unknownDefaultProfile', {
        profile: quote(ctx.bank.defaultProfileId),
        profiles: [...seen.keys()].join(', ')
      })
    )
  }
}

/** `factorShares` only for sections that have factors (a share of nothing changes nothing). */
function checkFactorShares(ctx: BankContext, profile: ScoringProfile, path: string): void {
  const fed = new Set(ctx.bank.factors.map((factor) => factor.feeds))
  for (const sectionId of Object.keys(profile.factorShares ?? {}))
    if (!fed.has(sectionId))
      ctx.add(
        `${path}.factorShares.${sectionId}`,
        issueText('bank.noFactorShare', { section: quote(sectionId) })
      )
}

function checkProfileWeights(ctx: BankContext, profile: ScoringProfile, path: string): void {
  checkWeights(ctx, profile.pillarWeights, ctx.pillars, `${path}.pillarWeights`, BANK_PARTS.pillar)
  checkWeights(
    ctx,
    profile.sectionWeights,
    ctx.sections,
    `${path}.sectionWeights`,
    BANK_PARTS.section
  )
  for (const pillar of ctx.bank.pillars) {
    const weightOf = (id: string): number =>
      Object.hasOwn(profile.sectionWeights, id) ? profile.sectionWeights[id]! : 0
    const total = pillar.sections.reduce((sum, s) => sum + weightOf(s.id), 0)
    const allPresent = pillar.sections.every((s) => Object.hasOwn(profile.sectionWeights, s.id))
    if (allPresent && total <= 0) {
      ctx.add(
        `${path}.sectionWeights`,
        issueText('bank.sectionsWeighZero', { pillar: quote(pillar.id) })
      )
    }
  }
}

function checkLevels(ctx: BankContext, profile: ScoringProfile, path: string): void {
  profile.levels.forEach((level, li) => {
    const levelPath = `${path}.levels[${li}]`
    if (level.level !== li)
      ctx.add(`${levelPath}.level`, issueText('bank.levelOrder', { level: li }))
    if (level.code !== `L${li}`)
      ctx.add(`${levelPath}.code`, issueText('bank.levelCode', { level: li }))
    if (li === 0 && level.minScore !== 0) {
      ctx.add(`${levelPath}.minScore`, issueText('bank.firstLevelFromZero'))
    }
    const previous = profile.levels[li - 1]
    if (previous !== undefined && level.minScore <= previous.minScore) {
      ctx.add(
        `${levelPath}.minScore`,
        issueText('bank.minScoreRising', { minScore: level.minScore, previous: previous.minScore })
      )
    }
  })
}

function checkItemScores(ctx: BankContext, profile: ScoringProfile, path: string): void {
  profile.maturityScores.forEach((score, li) => {
    if (score < 0 || score > 100) {
      ctx.add(`${path}.maturityScores[${li}]`, issueText('bank.itemScoreRange', { score }))
    }
    const previous = profile.maturityScores[li - 1]
    if (previous !== undefined && score < previous) {
      ctx.add(
        `${path}.maturityScores[${li}]`,
        issueText('bank.higherLevelScoresLess', { score, previous })
      )
    }
  })
  const ypn = profile.yesPartialNoScores
  for (const key of YES_PARTIAL_NO) {
    if (ypn[key] < 0 || ypn[key] > 100) {
      ctx.add(
        `${path}.yesPartialNoScores.${key}`,
        issueText('bank.itemScoreRange', { score: ypn[key] })
      )
    }
  }
  if (!(ypn.yes >= ypn.partial && ypn.partial >= ypn.no)) {
    ctx.add(`${path}.yesPartialNoScores`, issueText('bank.yesPartialNoOrder'))
  }
}

function checkWeights(
  ctx: BankContext,
  weights: Record<string, number>,
  known: Map<string, string>,
  path: string,
  what: IssueTexts
): void {
  for (const id of Object.keys(weights)) {
    if (!known.has(id))
      ctx.add(`${path}.${id}`, issueText('bank.unknownWeighted', { what, id: quote(id) }))
  }
  for (const id of known.keys()) {
    if (!Object.hasOwn(weights, id))
      ctx.add(path, issueText('bank.missingWeight', { what, id: quote(id) }))
  }
}
