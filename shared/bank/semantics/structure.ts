import { BANK_PARTS } from '../../issues/catalogue/terms'
import type { BankContext } from './context'

/**
 * Collects the ids of the bank's documents, pillars, sections, questions and factors, reporting
 * duplicates. Runs before every other check: they resolve references against these ids.
 */
export function collectStructure(ctx: BankContext): void {
  collectReferences(ctx)
  collectQuestions(ctx)
  collectFactors(ctx)
}

function collectReferences(ctx: BankContext): void {
  const seen = new Map<string, string>()
  ctx.bank.references.forEach((doc, i) => {
    ctx.unique(seen, doc.id, `references[${i}]`, BANK_PARTS.referenceDocument)
    ctx.documents.add(doc.id)
  })
}

function collectQuestions(ctx: BankContext): void {
  const questionPaths = new Map<string, string>()
  ctx.bank.pillars.forEach((pillar, pi) => {
    const pillarPath = `pillars[${pi}]`
    ctx.unique(ctx.pillars, pillar.id, pillarPath, BANK_PARTS.pillar)
    pillar.sections.forEach((section, si) => {
      const sectionPath = `${pillarPath}.sections[${si}]`
      ctx.unique(ctx.sections, section.id, sectionPath, BANK_PARTS.section)
      section.questions.forEach((question, qi) => {
        const path = `${sectionPath}.questions[${qi}]`
        if (ctx.unique(questionPaths, question.id, path, BANK_PARTS.question)) {
          ctx.questions.set(question.id, { item: question, path })
        }
      })
    })
  })
}

function collectFactors(ctx: BankContext): void {
  const seen = new Map<string, string>()
  ctx.bank.factors.forEach((factor, fi) => {
    const path = `factors[${fi}]`
    if (ctx.unique(seen, factor.id, path, BANK_PARTS.factor))
      ctx.factors.set(factor.id, { item: factor, path })
  })
}
