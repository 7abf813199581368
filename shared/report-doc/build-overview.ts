import { fill } from '../report/labels'
import { systemClassText } from './build-systems'
import type { DocContext } from './context'
import { listText, parenthesized, periodText, timeText } from './context'
import { type Block, tableColumns } from './document'
import { narrativeText } from './narrative'
import { paragraphsOf } from './paragraphs'

function firstAnswerAt(ctx: DocContext): string | undefined {
  return ctx.assessment.auditLog.find((entry) => entry.action === 'answer.set')?.at
}

/** 一、评估概述: the assessors' (or generated) overview, then purpose, basis, scope, method, process, people. */
export function overviewChapter(ctx: DocContext): Block[] {
  const { labels, assessment, bank, locale, model } = ctx
  const o = labels.overview
  const m = assessment.metadata
  const references = bank.references.map((ref, k) => ({
    kind: 'paragraph' as const,
    text: `${k + 1}. ${ref.title[locale]}${ref.status === undefined ? '' : parenthesized(ctx, ref.status[locale])}`
  }))
  const steps: Array<[string, string]> = [
    [o.steps.created, timeText(ctx, assessment.createdAt)],
    [o.steps.firstAnswer, timeText(ctx, firstAnswerAt(ctx))],
    [o.steps.lastChange, timeText(ctx, assessment.updatedAt)]
  ]
  if (assessment.finalization !== undefined)
    steps.push([o.steps.finalized, timeText(ctx, assessment.finalization.at)])
  steps.push([o.steps.generated, timeText(ctx, model.generatedAt)])
  const people = m.assessors.map((name, k) => [String(k + 1), name, o.assessorRole])
  const sealBy = assessment.finalization?.by
  if (sealBy !== undefined) people.push([String(people.length + 1), sealBy, o.finalizerRole])
  return [
    { kind: 'heading', level: 1, text: labels.chapters.overview },
    ...paragraphsOf(narrativeText(ctx, 'overview')),
    { kind: 'heading', level: 2, text: o.purpose },
    { kind: 'paragraph', text: o.purposeText, indent: true },
    { kind: 'heading', level: 2, text: o.basis },
    {
      kind: 'paragraph',
      text: fill(o.basisIntro, { bank: bank.title[locale], version: bank.version }),
      indent: true
    },
    ...references,
    { kind: 'heading', level: 2, text: o.scope },
    {
      kind: 'paragraph',
      text: fill(o.scopeText, { start: m.period.start, end: m.period.end, n: m.systems.length }),
      indent: true
    },
    { kind: 'heading', level: 2, text: o.method },
    ...o.methodText.map((text) => ({
      kind: 'paragraph' as const,
      text: fill(text, { profile: model.method.profile.name }),
      indent: true
    })),
    { kind: 'heading', level: 2, text: o.process },
    {
      kind: 'table',
      name: 'process',
      columns: tableColumns(o.processHeaders, [2, 3]),
      rows: steps
    },
    { kind: 'heading', level: 2, text: o.people },
    {
      kind: 'table',
      name: 'people',
      columns: tableColumns(o.peopleHeaders, [1, 3, 3], { 0: 'center' }),
      rows: people.length > 0 ? people : [['', ctx.words.dash, '']]
    }
  ]
}

/** 二、机构与关键系统概况: who, when, with what bank and profile, and the key systems in scope. */
export function institutionChapter(ctx: DocContext): Block[] {
  const { labels, words, assessment, model } = ctx
  const i = labels.institution
  const m = assessment.metadata
  const bank = model.cover.bank
  const facts: Array<[string, string]> = [
    [words.cover.institution, m.institution],
    [words.cover.period, periodText(ctx)],
    [i.systemCount, String(m.systems.length)],
    [words.cover.assessors, m.assessors.length > 0 ? listText(ctx, m.assessors) : words.dash],
    [words.cover.bank, fill(i.bankLine, { title: bank.title, id: bank.id, version: bank.version })],
    [
      words.cover.profile,
      `${model.method.profile.name}${parenthesized(ctx, `${model.method.profile.id} ${model.method.profile.version}`)}`
    ]
  ]
  if (m.notes !== undefined && m.notes.trim() !== '') facts.push([i.notes, m.notes])
  return [
    { kind: 'heading', level: 1, text: labels.chapters.institution },
    { kind: 'heading', level: 2, text: i.facts },
    { kind: 'fields', name: 'institution', rows: facts },
    { kind: 'heading', level: 2, text: i.systems },
    {
      kind: 'table',
      name: 'systems',
      columns: tableColumns(i.systemHeaders, [0.7, 2.1, 1.0, 1.0, 4.2], {
        0: 'center',
        2: 'center',
        3: 'center'
      }),
      rows:
        m.systems.length > 0
          ? m.systems.map((system, k) => [
              String(k + 1),
              system.name,
              systemClassText(ctx, system.class),
              system.realTime === true ? words.yes : words.no,
              system.serviceWindow ?? words.dash
            ])
          : [['', labels.cover.keySystemsNone, '', '', '']]
    }
  ]
}
