import { Button, Tag } from 'antd'
import { startTransition, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvaluationFactor } from '@shared/bank/factor'
import { useLanguage } from '../../i18n/useLanguage'
import { FigureDrillDown } from './FigureDrillDown'
import type { RegisterFigure } from './useRegisterFigures'

const shown = (value: number | null): string =>
  value === null ? '—' : String(Math.round(value * 1000) / 1000)

/**
 * On a factor card: the figures the registers give it, each marked "from registers" (or
 * "overridden"), with the rows behind it one click away.
 */
export function RegisterFigureList(props: {
  factor: EvaluationFactor
  figures: readonly RegisterFigure[]
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [open, setOpen] = useState<string | null>(null)
  const { factor, figures } = props
  const opened = figures.find((f) => f.key === open)
  return (
    <div className="register-figures" data-testid={`register-figures-${factor.id}`}>
      <h4>{t('registers.source.title')}</h4>
      <ul>
        {figures.map((f) => {
          const input = factor.inputs.find((i) => i.id === f.inputId)
          return (
            <li
              key={f.key}
              data-testid={`register-figure-${f.key}`}
              data-source={f.override ? 'overridden' : 'registers'}
            >
              <span className="register-figure-name">
                {input?.label[language] ?? f.inputId}
                {f.systemName !== null && ` · ${f.systemName}`}
              </span>
              <span className="register-figure-value">
                {shown(f.override ? f.override.value : f.value)} {input?.unit[language]}
              </span>
              {f.override ? (
                <Tag color="orange" title={f.override.reason}>
                  {t('registers.source.overridden')}
                </Tag>
              ) : (
                <Tag color="blue">{t('registers.source.fromRegisters')}</Tag>
              )}
              <span className="register-figure-counts">
                {f.counted} / {f.counted + f.excluded}
              </span>
              <Button
                size="small"
                type="link"
                // A transition: the drill-down (a modal, two tables, the override form) renders
                // in slices between frames, not in one long task.
                onClick={() => startTransition(() => setOpen(f.key))}
                data-testid={`register-drill-${f.key}`}
              >
                {t('registers.source.drill')}
              </Button>
            </li>
          )
        })}
      </ul>
      {opened && (
        <FigureDrillDown
          factor={factor}
          figure={opened}
          onClose={() => startTransition(() => setOpen(null))}
        />
      )}
    </div>
  )
}
