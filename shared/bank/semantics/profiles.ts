import type { ScoringProfile } from '../profile'
import type { BankContext } from './context'
import { YES_PARTIAL_NO, quote } from './context'

/** Each profile: weights name real pillars and sections, levels, item scores and gates. */
export function checkProfiles(ctx: BankContext): void {
  const seen = new Map<string, string>()
  ctx.bank.profiles.forEach((profile, pi) => {
    const path = `profiles[${pi}]`
    ctx.unique(seen, profile.id, path, 'profile')
    checkProfileWeights(ctx, profile, path)
    checkLevels(ctx, profile, path)
    checkItemScores(ctx, profile, path)
    const unevidenced = profile.gates.unevidencedMaturity
    if (unevidenced.scoredAsLevel >= unevidenced.minLevel) {
      ctx.add(
        `${path}.gates.unevidencedMaturity.scoredAsLevel`,
        `must be below minLevel (${unevidenced.minLevel}), or the gate changes nothing`
      )
    }
  })
  if (!seen.has(ctx.bank.defaultProfileId)) {
    ctx.add(
      'defaultProfileId',
      `names unknown profile ${quote(ctx.bank.defaultProfileId)} (profiles: ${[...seen.keys()].join(', ')})`
    )
  }
}

function checkProfileWeights(ctx: BankContext, profile: ScoringProfile, path: string): void {
  checkWeights(ctx, profile.pillarWeights, ctx.pillars, `${path}.pillarWeights`, 'pillar')
  checkWeights(ctx, profile.sectionWeights, ctx.sections, `${path}.sectionWeights`, 'section')
  for (const pillar of ctx.bank.pillars) {
    const weightOf = (id: string): number =>
      Object.hasOwn(profile.sectionWeights, id) ? profile.sectionWeights[id]! : 0
    const total = pillar.sections.reduce((sum, s) => sum + weightOf(s.id), 0)
    const allPresent = pillar.sections.every((s) => Object.hasOwn(profile.sectionWeights, s.id))
    if (allPresent && total <= 0) {
      ctx.add(`${path}.sectionWeights`, `the sections of pillar ${quote(pillar.id)} all weigh 0`)
    }
  }
}

function checkLevels(ctx: BankContext, profile: ScoringProfile, path: string): void {
  profile.levels.forEach((level, li) => {
    const levelPath = `${path}.levels[${li}]`
    if (level.level !== li)
      ctx.add(`${levelPath}.level`, `expected level ${li}; levels run L0..L4 in order`)
    if (level.code !== `L${li}`)
      ctx.add(`${levelPath}.code`, `expected "L${li}"; levels run L0..L4 in order`)
    if (li === 0 && level.minScore !== 0) {
      ctx.add(`${levelPath}.minScore`, 'L0 must start at 0 so that every score has a level')
    }
    const previous = profile.levels[li - 1]
    if (previous !== undefined && level.minScore <= previous.minScore) {
      ctx.add(
        `${levelPath}.minScore`,
        `must be above the previous level's minScore (${level.minScore} is not above ${previous.minScore})`
      )
    }
  })
}

function checkItemScores(ctx: BankContext, profile: ScoringProfile, path: string): void {
  profile.maturityScores.forEach((score, li) => {
    if (score < 0 || score > 100) {
      ctx.add(`${path}.maturityScores[${li}]`, `an item score is 0..100, not ${score}`)
    }
    const previous = profile.maturityScores[li - 1]
    if (previous !== undefined && score < previous) {
      ctx.add(
        `${path}.maturityScores[${li}]`,
        `a higher level cannot score less (${score} < ${previous})`
      )
    }
  })
  const ypn = profile.yesPartialNoScores
  for (const key of YES_PARTIAL_NO) {
    if (ypn[key] < 0 || ypn[key] > 100) {
      ctx.add(`${path}.yesPartialNoScores.${key}`, `an item score is 0..100, not ${ypn[key]}`)
    }
  }
  if (!(ypn.yes >= ypn.partial && ypn.partial >= ypn.no)) {
    ctx.add(`${path}.yesPartialNoScores`, 'scores must satisfy yes ≥ partial ≥ no')
  }
}

function checkWeights(
  ctx: BankContext,
  weights: Record<string, number>,
  known: Map<string, string>,
  path: string,
  what: string
): void {
  for (const id of Object.keys(weights)) {
    if (!known.has(id)) ctx.add(`${path}.${id}`, `names unknown ${what} ${quote(id)}`)
  }
  for (const id of known.keys()) {
    if (!Object.hasOwn(weights, id)) ctx.add(path, `no weight for ${what} ${quote(id)}`)
  }
}
