import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { FigureChange } from '@shared/registers/factor-writes'
import type { ValueContext } from '../audit/audit-values'
import { figureChangeText } from './merge-text'

interface MergeRegisterFiguresProps {
  figures: readonly FigureChange[]
  context: ValueContext
  /** Key system id → name. */
  systems: ReadonlyMap<string, string>
}

/** The factor figures a register of theirs changes (old → new), under a register conflict or take. */
export function MergeRegisterFigures({ figures, context, systems }: MergeRegisterFiguresProps) {
  const { t } = useTranslation()
  if (figures.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="merge-register-figures" data-count={0}>
        {t('packages.merge.registerFiguresNone')}
      </Typography.Text>
    )
  return (
    <div data-testid="merge-register-figures" data-count={figures.length}>
      <Typography.Text type="secondary">
        {t('packages.merge.registerFigures', { count: figures.length })}
      </Typography.Text>
      <ul className="merge-register-figures">
        {figures.map((change) => (
          <li key={change.key} data-testid="merge-register-figure" data-key={change.key}>
            {figureChangeText(change, context, systems, t)}
          </li>
        ))}
      </ul>
    </div>
  )
}
