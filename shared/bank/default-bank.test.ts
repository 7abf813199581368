import { describe, expect, it } from 'vitest'
import bankJson from '../../resources/banks/sac-stability-2025.json'
import type { Bank } from './bank'
import { indexBank } from './lookup'
import { loadBank } from './identity'
import { QUESTION_TYPES } from './question'

function loadDefaultBank(): Bank {
  const result = loadBank(bankJson)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value.bank
}

/** Every bilingual text in the file, with its JSON path. */
function bilingualTexts(
  value: unknown,
  path = '',
  out: Array<{ path: string; zh: unknown; en: unknown }> = []
) {
  if (Array.isArray(value)) value.forEach((item, i) => bilingualTexts(item, `${path}[${i}]`, out))
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if ('zh-CN' in record || 'en-US' in record)
      out.push({ path, zh: record['zh-CN'], en: record['en-US'] })
    else
      for (const [key, item] of Object.entries(record))
        bilingualTexts(item, path ? `${path}.${key}` : key, out)
  }
  return out
}

const HAN = /\p{Script=Han}/u

describe('the default bank sac-stability-2025', () => {
  const bank = loadDefaultBank()
  const index = indexBank(bank)
  const questions = index.orderedQuestions.map((entry) => entry.question)

  it('parses with zero issues and identifies itself', () => {
    const result = loadBank(bankJson)
    expect(result.ok && result.value.ref.id).toBe('sac-stability-2025')
    expect(bank.schemaVersion).toBe(3)
    expect(bank.version).toBe('1.0.0')
    expect(bank.defaultProfileId).toBe('sac-default')
    // 1.0.0 keeps shipping unchanged: assessments made on it find it by this hash.
    expect(result.ok && result.value.ref.contentHash).toBe(
      'd32035a5fcfecdb91516c2cc2fe52b5516498aeef8a12cc67ac4384e43e959db'
    )
  })

  it('has at least 80 questions and uses every question type', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80)
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES))
  })

  it('has the three pillars and the ten processes, C6–C10 provisional', () => {
    expect(bank.pillars.map((p) => p.id)).toEqual(['A', 'B', 'C'])
    const processes = bank.pillars[2]!.sections
    expect(processes.map((s) => s.id)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'C8',
      'C9',
      'C10'
    ])
    for (const [i, process] of processes.entries()) {
      const provisional = i >= 5
      expect(process.kind).toBe('process')
      expect(process.provisional).toBe(provisional)
      expect(process.source).toBe(provisional ? 'I' : 'F')
      if (provisional) {
        expect(process.title['zh-CN']).toContain('暂定')
        expect(process.title['en-US']).toContain('provisional')
      }
    }
    for (const pillar of bank.pillars.slice(0, 2)) {
      for (const section of pillar.sections) expect(section.kind).toBe('section')
    }
  })

  it('has exactly the factors F01..F15, each feeding an existing section', () => {
    expect(bank.factors.map((f) => f.id)).toEqual(
      Array.from({ length: 15 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`)
    )
    for (const factor of bank.factors) expect(index.sections.has(factor.feeds)).toBe(true)
  })

  it('scores factor bands 100/80/60/40/20 and marks the regulatory red lines', () => {
    for (const factor of bank.factors) {
      expect(factor.bands.map((b) => b.score)).toEqual([100, 80, 60, 40, 20])
    }
    const redLines = [
      ...bank.factors.flatMap((f) => f.redLines.map((r) => `${f.id}:${r.op}:${r.value}`)),
      ...questions.flatMap((q) =>
        q.redLine ? [`${q.id}:${q.redLine.whenAnswerIn.join('|')}`] : []
      )
    ]
    expect(redLines.sort()).toEqual(['C5.06:no', 'F09:lt:1', 'F10:lt:1', 'F14:lt:1'])
  })

  it('gives every text a Chinese and an English version that differ', () => {
    const texts = bilingualTexts(bankJson)
    expect(texts.length).toBeGreaterThan(500)
    const problems = texts.filter(
      ({ zh, en }) =>
        typeof zh !== 'string' ||
        typeof en !== 'string' ||
        zh.trim() === '' ||
        en.trim() === '' ||
        zh === en ||
        !HAN.test(zh) ||
        HAN.test(en)
    )
    expect(problems).toEqual([])
  })

  it('gives every critical maturity question its own anchors, and critical means weight 3', () => {
    for (const q of questions) {
      expect(q.critical).toBe(q.weight === 3)
      if (q.type === 'maturity' && q.critical) expect(q.anchors, q.id).toBeDefined()
    }
  })

  it('guides every question; text and evidence items are optional', () => {
    for (const q of questions) {
      expect(q.guidance, q.id).toBeDefined()
      if (q.type === 'text' || q.type === 'evidence') expect(q.required, q.id).toBe(false)
    }
  })

  it('keeps the questions of C6–C10 from the brief tagged I (inferred)', () => {
    const added = new Set([
      'C6.07',
      'C7.06',
      'C7.07',
      'C8.06',
      'C8.07',
      'C8.08',
      'C9.05',
      'C9.06',
      'C9.07',
      'C9.08',
      'C9.09',
      'C9.10'
    ])
    for (const { question, section } of index.orderedQuestions) {
      if (section.provisional && !added.has(question.id))
        expect(question.source, question.id).toBe('I')
    }
  })

  it('ships the SAC default and equal-thirds profiles', () => {
    const [sac, thirds] = bank.profiles
    expect(sac!.id).toBe('sac-default')
    expect(sac!.pillarWeights).toEqual({ A: 20, B: 15, C: 65 })
    expect(sac!.questionnaireShare).toBe(0.6)
    expect(sac!.levels.map((l) => l.minScore)).toEqual([0, 20, 40, 60, 80])
    expect(thirds!.id).toBe('equal-thirds')
    expect(thirds!.pillarWeights).toEqual({ A: 1, B: 1, C: 1 })
    expect({
      ...thirds!,
      id: '',
      name: sac!.name,
      description: sac!.description,
      pillarWeights: {}
    }).toEqual({
      ...sac!,
      id: '',
      pillarWeights: {}
    })
  })

  /**
   * The counts quoted in docs/bank-format.md: questions per section/process and the factors that
   * feed each one. Update both together.
   */
  it('has the documented counts per section and factors per process', () => {
    const counts = Object.fromEntries(
      index.orderedSections.map(({ section }) => [
        section.id,
        [
          section.questions.length,
          (index.factorsBySection.get(section.id) ?? []).map((f) => f.id).join(' ')
        ]
      ])
    )
    expect(counts).toEqual({
      A1: [7, ''],
      A2: [6, 'F15'],
      A3: [6, ''],
      B1: [4, ''],
      B2: [3, ''],
      B3: [3, ''],
      B4: [2, ''],
      B5: [2, ''],
      C1: [6, 'F11'],
      C2: [6, 'F08'],
      C3: [5, 'F01 F06 F07'],
      C4: [5, 'F12'],
      C5: [7, 'F05 F13'],
      C6: [5, 'F02 F04'],
      C7: [6, 'F09'],
      C8: [6, 'F10 F14'],
      C9: [9, 'F03'],
      C10: [6, '']
    })
    const perPillar = bank.pillars.map((p) =>
      p.sections.reduce((n, s) => n + s.questions.length, 0)
    )
    expect(perPillar).toEqual([19, 14, 61])
    const perType = Object.fromEntries(
      QUESTION_TYPES.map((type) => [type, questions.filter((q) => q.type === type).length])
    )
    expect(perType).toEqual({
      maturity: 29,
      yesPartialNo: 39,
      singleChoice: 2,
      multiChoice: 1,
      number: 2,
      percentage: 6,
      date: 1,
      text: 3,
      evidence: 11
    })
  })
})
