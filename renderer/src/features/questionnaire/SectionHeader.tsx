import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SectionEntry } from '@shared/bank/lookup'
import { formatScore, type SectionResult } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { sectionTitle } from '../workspace/section-title'
import { isStarted } from '../workspace/started'

interface SectionHeaderProps {
  entry: SectionEntry
  result: SectionResult | undefined
  hiddenCount: number
  onHelp: () => void
}

/** The section's title, kind and provisional mark, its description, live progress and score. */
export function SectionHeader({ entry, result, hiddenCount, onHelp }: SectionHeaderProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { section, pillar } = entry
  return (
    <header className="section-head">
      <div className="section-head-line">
        <div className="section-head-title">
          <span className="q-mark">
            {pillar.id} · {t(`questionnaire.section.kind.${section.kind}`)}
          </span>
          <h1>
            {section.id} {sectionTitle(section, language)}
          </h1>
          {section.provisional && (
            <span className="provisional-mark">{t('questionnaire.section.provisional')}</span>
          )}
        </div>
        <Button size="small" onClick={onHelp} data-testid="shortcuts-button">
          {t('questionnaire.section.shortcuts')} <kbd className="q-choice-key">?</kbd>
        </Button>
      </div>
      {section.description && <p>{section.description[language]}</p>}
      <div className="section-stats" data-testid="section-stats">
        <span>
          {t('questionnaire.section.progress', {
            done: result?.completion.done ?? 0,
            total: result?.completion.total ?? 0
          })}
        </span>
        <span>
          {t('questionnaire.section.score', {
            score: isStarted(result) ? formatScore(result?.combinedScore) : '—'
          })}
        </span>
      </div>
      {section.provisional && (
        <div className="section-note">{t('questionnaire.section.provisionalNote')}</div>
      )}
      {hiddenCount > 0 && (
        <div className="section-note" data-testid="hidden-note">
          {t('questionnaire.section.hidden', { count: hiddenCount })}
        </div>
      )}
    </header>
  )
}
