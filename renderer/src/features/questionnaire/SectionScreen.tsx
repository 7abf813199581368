import { IconProvider } from '@ant-design/icons'
import { Button, Result } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import type { SectionEntry } from '@shared/bank/lookup'
import { paths } from '../../app/paths'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { focusQuestion } from './focus'
import { KeyboardHelp } from './KeyboardHelp'
import { arrivalQuestion, arrivesAtFirst } from './section-arrival'
import { issuesByQuestion } from './question-issues'
import { QuestionCard } from './QuestionCard'
import { SectionHeader } from './SectionHeader'
import { SectionNav } from './SectionNav'
import { SectionTranslationContext, useSectionTranslationValue } from './section-translation'
import { useProgressiveCount } from './useProgressiveCount'
import { useSectionKeyboard } from './useSectionKeyboard'
import './questionnaire.css'

const NO_ISSUES = [] as const

/*
 * Icons inside the cards skip antd's per-icon style check: each mounted icon otherwise re-scans
 * every <style> in <head>, four icons per card (PERF-UI-2). The icon stylesheet is already in
 * place — the app header's icons inserted it before any section opens.
 */
const CARD_ICONS = { zeroRuntime: true }

/** `/a/:id/s/:sectionId`: one section or process, every visible question in bank order. */
export function SectionScreen() {
  const { sectionId = '' } = useParams()
  const { index } = useWorkspace()
  const entry = index.sections.get(sectionId)
  // Keyed: each section mounts afresh (its first screenful first, see useProgressiveCount).
  return entry ? (
    <SectionPage key={sectionId} entry={entry} />
  ) : (
    <SectionMissing sectionId={sectionId} />
  )
}

function SectionPage({ entry }: { entry: SectionEntry }) {
  const { assessment, bank, index, answers, result, readOnly } = useWorkspace()
  const { language } = useLanguage()
  const [helpOpen, setHelpOpen] = useState(false)
  const { answerAndAdvance } = useAppSettings()
  const location = useLocation()
  const translation = useSectionTranslationValue()
  const { section } = entry
  const issues = useMemo(() => issuesByQuestion(result), [result])
  const questionResult = (id: string) => result.questions[index.questions.get(id)?.order ?? -1]
  // Skip logic: hidden questions leave the page; their stored answers stay untouched.
  const visible = section.questions.filter((q) => questionResult(q.id)?.visible !== false)
  const neighbour = (delta: number) => index.orderedSections[entry.order + delta]?.section.id
  const next = neighbour(1)
  const previous = neighbour(-1)
  const nextPath = next ? paths.section(assessment.id, next) : paths.factors(assessment.id)
  const previousPath = previous ? paths.section(assessment.id, previous) : null
  const { count, complete } = useProgressiveCount(visible.length)
  const previousLast = previous
    ? index.sections
        .get(previous)
        ?.section.questions.findLast((q) => questionResult(q.id)?.visible !== false)
    : undefined

  useSectionKeyboard({
    sectionId: section.id,
    questions: visible,
    allQuestions: section.questions,
    nextSection: nextPath,
    previousSection: previousPath,
    previousSectionLast:
      previous && previousLast ? { sectionId: previous, questionId: previousLast.id } : null,
    advance: answerAndAdvance,
    arrivalQuestion: arrivalQuestion(location.state),
    openHelp: () => setHelpOpen(true)
  })
  useJumpTarget(section.id, complete)

  return (
    <div className="section-page" data-testid="section-page" data-section-id={section.id}>
      <SectionHeader
        entry={entry}
        result={result.sections[entry.order]}
        hiddenCount={section.questions.length - visible.length}
        onHelp={() => setHelpOpen(true)}
      />
      <SectionTranslationContext value={translation}>
        <IconProvider value={CARD_ICONS}>
          <div className="q-list">
            {visible.slice(0, count).map((question) => (
              <QuestionCard
                key={question.id}
                question={question}
                stored={answers.get(question.id)}
                result={questionResult(question.id)}
                issues={issues.get(question.id) ?? NO_ISSUES}
                defaultAnchors={bank.maturityAnchors}
                references={index.references}
                readOnly={readOnly}
                language={language}
              />
            ))}
          </div>
        </IconProvider>
      </SectionTranslationContext>
      <SectionNav
        next={next ? index.sections.get(next) : undefined}
        nextPath={nextPath}
        previousPath={previousPath}
        previous={previous ? index.sections.get(previous) : undefined}
      />
      <KeyboardHelp open={helpOpen} advance={answerAndAdvance} onClose={() => setHelpOpen(false)} />
    </div>
  )
}

/**
 * Focuses the question named by `?q=` (links from review, results and the audit log), or the
 * first question after Shift+J / Shift+K, once the section has rendered.
 */
function useJumpTarget(sectionId: string, complete: boolean): void {
  const [search] = useSearchParams()
  const location = useLocation()
  const target = search.get('q')
  const focusFirst = arrivesAtFirst(location.state)
  useEffect(() => {
    if (target || !focusFirst) return
    window.scrollTo({ top: 0 })
    const first = document.querySelector<HTMLElement>('[data-question-id]')?.dataset.questionId
    if (first) focusQuestion(first)
  }, [sectionId, target, focusFirst, location.key])
  // Once more when every card is there: the target may be further down than the first screenful.
  useEffect(() => {
    if (target) focusQuestion(target)
  }, [sectionId, target, location.key, complete])
}

function SectionMissing({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { assessment } = useWorkspace()
  return (
    <Result
      status="404"
      title={t('workspace.sectionMissing.title')}
      subTitle={t('workspace.sectionMissing.description', { sectionId })}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.workspace(assessment.id))}>
          {t('workspace.sectionMissing.first')}
        </Button>
      }
    />
  )
}
