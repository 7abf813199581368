import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { SectionEntry } from '@shared/bank/lookup'
import { useLanguage } from '../../i18n/useLanguage'
import { sectionTitle } from '../workspace/section-title'

interface SectionNavProps {
  previous: SectionEntry | undefined
  previousPath: string | null
  next: SectionEntry | undefined
  /** The next section, or the factors screen after the last one. */
  nextPath: string
}

/** Previous / next section at the foot of the page (also Shift+K / Shift+J). */
export function SectionNav({ previous, previousPath, next, nextPath }: SectionNavProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const label = ({ section }: SectionEntry) => `${section.id} ${sectionTitle(section, language)}`
  const go = (to: string) => {
    void navigate(to, { state: { focusFirst: true } })
  }
  return (
    <nav className="section-nav">
      {previous && previousPath ? (
        <Button
          icon={<ArrowLeftOutlined />}
          onClick={() => go(previousPath)}
          data-testid="previous-section"
        >
          {t('questionnaire.section.previous', { name: label(previous) })}
        </Button>
      ) : (
        <span />
      )}
      <Button type="primary" onClick={() => go(nextPath)} data-testid="next-section">
        {next
          ? t('questionnaire.section.next', { name: label(next) })
          : t('questionnaire.section.toFactors')}
        <ArrowRightOutlined />
      </Button>
    </nav>
  )
}
