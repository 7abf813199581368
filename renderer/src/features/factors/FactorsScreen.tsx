import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { FactorResult, ScoringIssue } from '@shared/scoring'
import { PageHeading } from '../../components/PageHeading'
import { useLanguage } from '../../i18n/useLanguage'
import { sectionTitle } from '../workspace/section-title'
import { useWorkspace } from '../workspace/workspace-context'
import { RegistersPanel } from '../registers/RegistersPanel'
import { useRegisterFigures, type RegisterFigure } from '../registers/useRegisterFigures'
import { FactorCard } from './FactorCard'
import '../questionnaire/questionnaire.css'
import './factors.css'

const NO_FIGURES: readonly RegisterFigure[] = []

/** Errors, then warnings, per factor id. */
function issuesByFactor(issues: readonly ScoringIssue[]): Map<string, ScoringIssue[]> {
  const map = new Map<string, ScoringIssue[]>()
  for (const issue of issues) {
    for (const id of new Set(issue.factorIds)) map.set(id, [...(map.get(id) ?? []), issue])
  }
  return map
}

/** `/a/:id/factors`: each evaluation factor's inputs and live result, grouped by the process it feeds. */
export function FactorsScreen() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, index, result, factorEntries, readOnly } = useWorkspace()
  const results = useMemo(
    () => new Map<string, FactorResult>(result.factors.map((f) => [f.id, f])),
    [result]
  )
  const issues = useMemo(() => issuesByFactor([...result.errors, ...result.warnings]), [result])
  const groups = index.orderedSections.filter(({ section }) =>
    index.factorsBySection.has(section.id)
  )
  const registers = useRegisterFigures()
  useJumpToFactor()

  return (
    <div className="factors-page" data-testid="factors-page">
      <PageHeading title={t('factors.title')} intro={t('factors.intro')} />
      <RegistersPanel row={registers.row} />
      {groups.map(({ section }) => (
        <section key={section.id} className="factor-group" aria-labelledby={`fg-${section.id}`}>
          <h2 id={`fg-${section.id}`}>
            {t('factors.group', { id: section.id, title: sectionTitle(section, language) })}
          </h2>
          {index.factorsBySection.get(section.id)?.map((factor) => (
            <FactorCard
              key={factor.id}
              assessmentId={assessment.id}
              systems={assessment.metadata.systems}
              factor={factor}
              entry={factorEntries.get(factor.id)}
              result={results.get(factor.id)}
              issues={issues.get(factor.id) ?? []}
              readOnly={readOnly}
              registerFigures={registers.byFactor.get(factor.id) ?? NO_FIGURES}
            />
          ))}
        </section>
      ))}
    </div>
  )
}

/** `?f=F03` (from results, review or the audit log) scrolls to that factor and focuses its first input. */
function useJumpToFactor(): void {
  const [search] = useSearchParams()
  const target = search.get('f')
  useEffect(() => {
    if (!target) return
    const card = document.querySelector<HTMLElement>(`[data-factor-id="${CSS.escape(target)}"]`)
    card?.scrollIntoView({ block: 'start' })
    card?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true })
  }, [target])
}
