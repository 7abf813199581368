import type { ValidationIssue } from '../util/validation'
import type { Bank } from './bank'
import type { Condition } from './conditions'
import { conditionQuestionIds } from './conditions'
import type { EvaluationFactor, FactorFormula } from './factor'
import { BAND_GRADES } from './factor'
import { expressionInputIds, parseExpression } from './expression'
import type { RegulatoryReference } from './primitives'
import type { Question } from './question'
import type { ValueRef } from './rules'

/**
 * Checks a bank that already matches the schema for everything the schema cannot see:
 * unique ids, references between parts, skip-logic cycles, values that no answer could ever
 * take, band ordering, profile completeness. Each issue names the JSON path and the reason.
 * An empty list means the bank is consistent.
 */
export function validateBankSemantics(bank: Bank): ValidationIssue[] {
  return new BankChecker(bank).run()
}

interface Located<T> {
  item: T
  path: string
}

const YES_PARTIAL_NO = ['yes', 'partial', 'no'] as const
const NUMERIC_QUESTION_TYPES = new Set<Question['type']>(['maturity', 'number', 'percentage'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const quote = (value: unknown): string => JSON.stringify(value)

class BankChecker {
  private readonly issues: ValidationIssue[] = []
  private readonly questions = new Map<string, Located<Question>>()
  private readonly sections = new Map<string, string>()
  private readonly pillars = new Map<string, string>()
  private readonly factors = new Map<string, Located<EvaluationFactor>>()
  private readonly documents = new Set<string>()
  private readonly redLineIds = new Map<string, string>()

  constructor(private readonly bank: Bank) {}

  run(): ValidationIssue[] {
    this.collectReferences()
    this.collectStructure()
    this.collectFactors()
    this.checkQuestions()
    this.checkSkipLogicCycles()
    this.checkFactors()
    this.checkRules()
    this.checkProfiles()
    return this.issues
  }

  private add(path: string, message: string): void {
    this.issues.push({ path, message })
  }

  /** Records an id, reporting it when it was seen before in the same namespace. */
  private unique(seen: Map<string, string>, id: string, path: string, what: string): boolean {
    const first = seen.get(id)
    if (first !== undefined) {
      this.add(`${path}.id`, `duplicate ${what} id ${quote(id)} (first used at ${first})`)
      return false
    }
    seen.set(id, path)
    return true
  }

  // ---------------------------------------------------------------- collection and uniqueness

  private collectReferences(): void {
    const seen = new Map<string, string>()
    this.bank.references.forEach((doc, i) => {
      this.unique(seen, doc.id, `references[${i}]`, 'reference document')
      this.documents.add(doc.id)
    })
  }

  private collectStructure(): void {
    const questionPaths = new Map<string, string>()
    this.bank.pillars.forEach((pillar, pi) => {
      const pillarPath = `pillars[${pi}]`
      this.unique(this.pillars, pillar.id, pillarPath, 'pillar')
      pillar.sections.forEach((section, si) => {
        const sectionPath = `${pillarPath}.sections[${si}]`
        this.unique(this.sections, section.id, sectionPath, 'section')
        section.questions.forEach((question, qi) => {
          const path = `${sectionPath}.questions[${qi}]`
          if (this.unique(questionPaths, question.id, path, 'question')) {
            this.questions.set(question.id, { item: question, path })
          }
        })
      })
    })
  }

  private collectFactors(): void {
    const seen = new Map<string, string>()
    this.bank.factors.forEach((factor, fi) => {
      const path = `factors[${fi}]`
      if (this.unique(seen, factor.id, path, 'factor'))
        this.factors.set(factor.id, { item: factor, path })
    })
  }

  private checkDocumentRefs(references: RegulatoryReference[], path: string): void {
    references.forEach((ref, i) => {
      if (!this.documents.has(ref.document)) {
        this.add(
          `${path}.references[${i}].document`,
          `refers to unknown reference document ${quote(ref.document)} (not in the bank's references)`
        )
      }
    })
  }

  // ---------------------------------------------------------------- questions

  private checkQuestions(): void {
    for (const { item: question, path } of this.questions.values()) {
      this.checkDocumentRefs(question.references, path)
      if (question.visibleWhen !== undefined) {
        this.checkCondition(question.visibleWhen, `${path}.visibleWhen`, question.id)
      }
      if ('options' in question) {
        const seen = new Map<string, string>()
        question.options.forEach((option, oi) => {
          this.unique(seen, option.id, `${path}.options[${oi}]`, 'option')
        })
      }
      if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
        if (question.min > question.max) {
          this.add(`${path}.min`, `min (${question.min}) is greater than max (${question.max})`)
        }
      }
      if ((question.type === 'number' || question.type === 'percentage') && question.scoring) {
        this.checkNumericScoring(question, `${path}.scoring`)
      }
      if (question.redLine !== undefined) {
        const redLinePath = `${path}.redLine`
        this.unique(this.redLineIds, question.redLine.id, redLinePath, 'red-line')
        if (question.type === 'text' || question.type === 'evidence' || question.type === 'date') {
          this.add(
            `${redLinePath}.whenAnswerIn`,
            `a red line cannot be set on a ${question.type} question`
          )
        } else {
          question.redLine.whenAnswerIn.forEach((value, vi) => {
            const problem = this.impossibleAnswer(question, value)
            if (problem) this.add(`${redLinePath}.whenAnswerIn[${vi}]`, problem)
          })
        }
      }
    }
  }

  private checkNumericScoring(
    question: Extract<Question, { type: 'number' | 'percentage' }>,
    path: string
  ): void {
    const scoring = question.scoring!
    if (question.type === 'percentage' && scoring.target > 100) {
      this.add(`${path}.target`, `a percentage target is at most 100, not ${scoring.target}`)
    }
    const bands = scoring.bands
    if (bands === undefined) return
    this.checkThresholds(
      bands.map((band) => band.threshold),
      scoring.direction,
      `${path}.bands`
    )
    this.checkScoresNonIncreasing(
      bands.map((band) => band.score),
      `${path}.bands`
    )
  }

  /**
   * Why `value` can never be an answer to `question`, or undefined when it can.
   * Used for condition values and red-line values alike.
   */
  private impossibleAnswer(question: Question, value: unknown): string | undefined {
    const subject = `question ${quote(question.id)}`
    switch (question.type) {
      case 'maturity':
        return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
          ? undefined
          : `${quote(value)} is not a maturity level of ${subject} (levels are 0..4)`
      case 'yesPartialNo':
        return (YES_PARTIAL_NO as readonly unknown[]).includes(value)
          ? undefined
          : `${quote(value)} is not a possible answer to yes/partial/no ${subject} (yes, partial, no; N/A is tested with {na: true})`
      case 'singleChoice':
      case 'multiChoice': {
        const ids = question.options.map((option) => option.id)
        return typeof value === 'string' && ids.includes(value)
          ? undefined
          : `${quote(value)} is not an option of ${subject} (options: ${ids.join(', ')})`
      }
      case 'number': {
        if (typeof value !== 'number') return `${subject} takes a number, not ${quote(value)}`
        if (question.min !== undefined && value < question.min) {
          return `${value} is below the minimum (${question.min}) of ${subject}`
        }
        if (question.max !== undefined && value > question.max) {
          return `${value} is above the maximum (${question.max}) of ${subject}`
        }
        return undefined
      }
      case 'percentage':
        return typeof value === 'number' && value >= 0 && value <= 100
          ? undefined
          : `${quote(value)} is not a percentage (0..100) for ${subject}`
      case 'date':
        return typeof value === 'string' && ISO_DATE.test(value)
          ? undefined
          : `${subject} takes a date as YYYY-MM-DD, not ${quote(value)}`
      case 'text':
        return typeof value === 'string' ? undefined : `${subject} takes text, not ${quote(value)}`
      case 'evidence':
        return `${subject} is an evidence request and has no answer value; test it with answered/unanswered`
    }
  }

  /**
   * Checks every leaf of a condition: the question exists (and is not `selfId`), and the value
   * tested is one that question's answers can take.
   */
  private checkCondition(condition: Condition, path: string, selfId?: string): void {
    if ('all' in condition) {
      condition.all.forEach((child, i) => this.checkCondition(child, `${path}.all[${i}]`, selfId))
      return
    }
    if ('any' in condition) {
      condition.any.forEach((child, i) => this.checkCondition(child, `${path}.any[${i}]`, selfId))
      return
    }
    if ('not' in condition) {
      this.checkCondition(condition.not, `${path}.not`, selfId)
      return
    }
    const id = condition.question
    if (id === selfId) {
      this.add(
        path,
        `refers to the question itself (${quote(id)}); a question cannot depend on its own answer`
      )
      return
    }
    const target = this.questions.get(id)?.item
    if (target === undefined) {
      this.add(path, `refers to unknown question ${quote(id)}`)
      return
    }
    if ('equals' in condition || 'notEquals' in condition) {
      const value = 'equals' in condition ? condition.equals : condition.notEquals
      const problem = this.impossibleAnswer(target, value)
      if (problem) this.add(path, problem)
    } else if ('in' in condition) {
      condition.in.forEach((value, i) => {
        const problem = this.impossibleAnswer(target, value)
        if (problem) this.add(`${path}.in[${i}]`, problem)
      })
    } else if ('gt' in condition || 'gte' in condition || 'lt' in condition || 'lte' in condition) {
      const [op, value] =
        'gt' in condition
          ? (['gt', condition.gt] as const)
          : 'gte' in condition
            ? (['gte', condition.gte] as const)
            : 'lt' in condition
              ? (['lt', condition.lt] as const)
              : (['lte', condition.lte] as const)
      if (!NUMERIC_QUESTION_TYPES.has(target.type)) {
        this.add(
          path,
          `"${op}" needs a numeric answer, but ${quote(id)} is a ${target.type} question`
        )
      } else {
        const problem = this.impossibleAnswer(target, value)
        if (problem) this.add(path, `${op} ${value}: ${problem}`)
      }
    } else if ('na' in condition && !target.allowNA) {
      this.add(path, `tests N/A, but question ${quote(id)} does not allow N/A (allowNA is false)`)
    }
  }

  private checkSkipLogicCycles(): void {
    const edges = new Map<string, string[]>()
    for (const [id, { item }] of this.questions) {
      if (item.visibleWhen === undefined) continue
      const targets = conditionQuestionIds(item.visibleWhen).filter(
        (t) => t !== id && this.questions.has(t)
      )
      edges.set(id, [...new Set(targets)])
    }
    const state = new Map<string, 'active' | 'done'>()
    const stack: string[] = []
    const reported = new Set<string>()
    const visit = (id: string): void => {
      state.set(id, 'active')
      stack.push(id)
      for (const next of edges.get(id) ?? []) {
        const nextState = state.get(next)
        if (nextState === 'active') {
          const cycle = stack.slice(stack.indexOf(next))
          const key = [...cycle].sort().join('|')
          if (!reported.has(key)) {
            reported.add(key)
            this.add(
              `${this.questions.get(cycle[0]!)!.path}.visibleWhen`,
              `skip logic forms a cycle: ${[...cycle, cycle[0]].map((q) => quote(q)).join(' → ')}`
            )
          }
        } else if (nextState === undefined) {
          visit(next)
        }
      }
      stack.pop()
      state.set(id, 'done')
    }
    for (const id of edges.keys()) if (!state.has(id)) visit(id)
  }

  // ---------------------------------------------------------------- factors

  private checkFactors(): void {
    for (const { item: factor, path } of this.factors.values()) {
      const inputIds = new Set<string>()
      const seen = new Map<string, string>()
      factor.inputs.forEach((input, ii) => {
        const inputPath = `${path}.inputs[${ii}]`
        this.unique(seen, input.id, inputPath, 'input')
        inputIds.add(input.id)
        if (input.max !== undefined && input.min > input.max) {
          this.add(`${inputPath}.min`, `min (${input.min}) is greater than max (${input.max})`)
        }
      })
      const requireInput = (id: string, at: string): void => {
        if (!inputIds.has(id)) {
          this.add(at, `refers to unknown input ${quote(id)} of factor ${quote(factor.id)}`)
        }
      }
      factor.constraints.forEach((constraint, ci) => {
        requireInput(constraint.left, `${path}.constraints[${ci}].left`)
        requireInput(constraint.right, `${path}.constraints[${ci}].right`)
      })
      this.checkFormula(factor.formula, `${path}.formula`, inputIds, requireInput)
      if (!this.sections.has(factor.feeds)) {
        this.add(`${path}.feeds`, `feeds unknown section ${quote(factor.feeds)}`)
      }
      this.checkBands(factor, `${path}.bands`)
      if (factor.display === 'percent') {
        // Percent factors are stored as fractions; a target of 95 almost certainly meant 0.95.
        const outOfRange = (n: number): boolean => n < 0 || n > 1
        if (outOfRange(factor.target)) {
          this.add(
            `${path}.target`,
            `${factor.target} is outside 0..1; percent factors are fractions (write 0.95 for 95%)`
          )
        }
        factor.bands.forEach((band, bi) => {
          if (band.threshold !== null && outOfRange(band.threshold)) {
            this.add(
              `${path}.bands[${bi}].threshold`,
              `${band.threshold} is outside 0..1; percent factors are fractions (write 0.9 for 90%)`
            )
          }
        })
      }
      factor.redLines.forEach((redLine, ri) => {
        this.unique(this.redLineIds, redLine.id, `${path}.redLines[${ri}]`, 'red-line')
      })
      this.checkDocumentRefs(factor.references, path)
    }
  }

  private checkFormula(
    formula: FactorFormula,
    path: string,
    inputIds: Set<string>,
    requireInput: (id: string, at: string) => void
  ): void {
    switch (formula.kind) {
      case 'ratio':
        requireInput(formula.numerator, `${path}.numerator`)
        requireInput(formula.denominator, `${path}.denominator`)
        return
      case 'complementRatio':
        requireInput(formula.part, `${path}.part`)
        requireInput(formula.whole, `${path}.whole`)
        return
      case 'meanDuration':
        requireInput(formula.total, `${path}.total`)
        requireInput(formula.count, `${path}.count`)
        return
      case 'meanOfRatios':
      case 'minOfRatios':
        formula.terms.forEach((term, ti) => {
          requireInput(term.numerator, `${path}.terms[${ti}].numerator`)
          requireInput(term.denominator, `${path}.terms[${ti}].denominator`)
        })
        return
      case 'expression': {
        const parsed = parseExpression(formula.expression)
        if (!parsed.ok) {
          this.add(
            `${path}.expression`,
            `does not parse: ${parsed.message} (at character ${parsed.position + 1})`
          )
          return
        }
        for (const id of expressionInputIds(parsed.ast)) {
          if (!inputIds.has(id)) requireInput(id, `${path}.expression`)
        }
        return
      }
    }
  }

  private checkBands(factor: EvaluationFactor, path: string): void {
    factor.bands.forEach((band, bi) => {
      const expected = BAND_GRADES[bi]
      if (band.grade !== expected) {
        this.add(
          `${path}[${bi}].grade`,
          `expected grade ${quote(expected)} here; bands run A, B, C, D, E in that order`
        )
      }
    })
    this.checkThresholds(
      factor.bands.map((band) => band.threshold),
      factor.direction,
      path
    )
    this.checkScoresNonIncreasing(
      factor.bands.map((band) => band.score),
      path
    )
  }

  /**
   * Bands are tried best first: every threshold but the last is a number, the last is null
   * (catch-all), and each threshold is stricter than the next — strictly falling when higher is
   * better, strictly rising when lower is better — or a band could never be reached.
   */
  private checkThresholds(
    thresholds: Array<number | null>,
    direction: 'higher' | 'lower',
    path: string
  ): void {
    const last = thresholds.length - 1
    thresholds.forEach((threshold, i) => {
      if (i === last && threshold !== null) {
        this.add(
          `${path}[${i}].threshold`,
          'the last band catches everything else; its threshold must be null'
        )
      }
      if (i < last && threshold === null) {
        this.add(`${path}[${i}].threshold`, 'only the last band may have a null threshold')
      }
    })
    for (let i = 1; i < last; i++) {
      const previous = thresholds[i - 1]
      const current = thresholds[i]
      if (previous == null || current == null) continue
      const ordered = direction === 'higher' ? current < previous : current > previous
      if (!ordered) {
        this.add(
          `${path}[${i}].threshold`,
          direction === 'higher'
            ? `thresholds must fall from band to band when higher is better (${current} is not below ${previous})`
            : `thresholds must rise from band to band when lower is better (${current} is not above ${previous})`
        )
      }
    }
  }

  private checkScoresNonIncreasing(scores: number[], path: string): void {
    for (let i = 1; i < scores.length; i++) {
      if (scores[i]! > scores[i - 1]!) {
        this.add(
          `${path}[${i}].score`,
          `a worse band cannot score more than a better one (${scores[i]} > ${scores[i - 1]})`
        )
      }
    }
  }

  // ---------------------------------------------------------------- rules

  private checkRules(): void {
    const seen = new Map<string, string>()
    this.bank.consistencyRules.forEach((rule, ri) => {
      const path = `consistencyRules[${ri}]`
      this.unique(seen, rule.id, path, 'consistency rule')
      switch (rule.kind) {
        case 'evidenceForHighMaturity':
          return
        case 'condition':
          this.checkCondition(rule.when, `${path}.when`)
          rule.questions.forEach((id, qi) => {
            if (!this.questions.has(id)) {
              this.add(`${path}.questions[${qi}]`, `refers to unknown question ${quote(id)}`)
            }
          })
          return
        case 'compare':
          this.checkValueRef(rule.left, `${path}.left`)
          this.checkValueRef(rule.right, `${path}.right`)
          if ('constant' in rule.left && 'constant' in rule.right) {
            this.add(path, 'compares two constants; the rule would never depend on an answer')
          }
          return
      }
    })
  }

  private checkValueRef(ref: ValueRef, path: string): void {
    if ('question' in ref) {
      const question = this.questions.get(ref.question)?.item
      if (question === undefined) {
        this.add(`${path}.question`, `refers to unknown question ${quote(ref.question)}`)
      } else if (!NUMERIC_QUESTION_TYPES.has(question.type)) {
        this.add(
          `${path}.question`,
          `compares a number, but ${quote(ref.question)} is a ${question.type} question`
        )
      }
    } else if ('factor' in ref) {
      const factor = this.factors.get(ref.factor)?.item
      if (factor === undefined) {
        this.add(`${path}.factor`, `refers to unknown factor ${quote(ref.factor)}`)
      } else if (!factor.inputs.some((input) => input.id === ref.input)) {
        this.add(
          `${path}.input`,
          `refers to unknown input ${quote(ref.input)} of factor ${quote(ref.factor)}`
        )
      }
    }
  }

  // ---------------------------------------------------------------- profiles

  private checkProfiles(): void {
    const seen = new Map<string, string>()
    this.bank.profiles.forEach((profile, pi) => {
      const path = `profiles[${pi}]`
      this.unique(seen, profile.id, path, 'profile')

      this.checkWeights(profile.pillarWeights, this.pillars, `${path}.pillarWeights`, 'pillar')
      this.checkWeights(profile.sectionWeights, this.sections, `${path}.sectionWeights`, 'section')
      for (const pillar of this.bank.pillars) {
        const weightOf = (id: string): number =>
          Object.hasOwn(profile.sectionWeights, id) ? profile.sectionWeights[id]! : 0
        const total = pillar.sections.reduce((sum, s) => sum + weightOf(s.id), 0)
        const allPresent = pillar.sections.every((s) => Object.hasOwn(profile.sectionWeights, s.id))
        if (allPresent && total <= 0) {
          this.add(
            `${path}.sectionWeights`,
            `the sections of pillar ${quote(pillar.id)} all weigh 0`
          )
        }
      }

      profile.levels.forEach((level, li) => {
        const levelPath = `${path}.levels[${li}]`
        if (level.level !== li)
          this.add(`${levelPath}.level`, `expected level ${li}; levels run L0..L4 in order`)
        if (level.code !== `L${li}`)
          this.add(`${levelPath}.code`, `expected "L${li}"; levels run L0..L4 in order`)
        if (li === 0 && level.minScore !== 0) {
          this.add(`${levelPath}.minScore`, 'L0 must start at 0 so that every score has a level')
        }
        const previous = profile.levels[li - 1]
        if (previous !== undefined && level.minScore <= previous.minScore) {
          this.add(
            `${levelPath}.minScore`,
            `must be above the previous level's minScore (${level.minScore} is not above ${previous.minScore})`
          )
        }
      })

      profile.maturityScores.forEach((score, li) => {
        if (score < 0 || score > 100) {
          this.add(`${path}.maturityScores[${li}]`, `an item score is 0..100, not ${score}`)
        }
        const previous = profile.maturityScores[li - 1]
        if (previous !== undefined && score < previous) {
          this.add(
            `${path}.maturityScores[${li}]`,
            `a higher level cannot score less (${score} < ${previous})`
          )
        }
      })
      const ypn = profile.yesPartialNoScores
      for (const key of YES_PARTIAL_NO) {
        if (ypn[key] < 0 || ypn[key] > 100) {
          this.add(`${path}.yesPartialNoScores.${key}`, `an item score is 0..100, not ${ypn[key]}`)
        }
      }
      if (!(ypn.yes >= ypn.partial && ypn.partial >= ypn.no)) {
        this.add(`${path}.yesPartialNoScores`, 'scores must satisfy yes ≥ partial ≥ no')
      }

      const unevidenced = profile.gates.unevidencedMaturity
      if (unevidenced.scoredAsLevel >= unevidenced.minLevel) {
        this.add(
          `${path}.gates.unevidencedMaturity.scoredAsLevel`,
          `must be below minLevel (${unevidenced.minLevel}), or the gate changes nothing`
        )
      }
    })
    if (!seen.has(this.bank.defaultProfileId)) {
      this.add(
        'defaultProfileId',
        `names unknown profile ${quote(this.bank.defaultProfileId)} (profiles: ${[...seen.keys()].join(', ')})`
      )
    }
  }

  private checkWeights(
    weights: Record<string, number>,
    known: Map<string, string>,
    path: string,
    what: string
  ): void {
    for (const id of Object.keys(weights)) {
      if (!known.has(id)) this.add(`${path}.${id}`, `names unknown ${what} ${quote(id)}`)
    }
    for (const id of known.keys()) {
      if (!Object.hasOwn(weights, id)) this.add(path, `no weight for ${what} ${quote(id)}`)
    }
  }
}
