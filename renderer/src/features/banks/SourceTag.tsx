import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SourceTag as Source } from '@shared/bank/primitives'

const colors: Record<Source, string> = { F: 'green', I: 'gold', P: 'default' }

/** F found · I inferred · P proposed: how firmly a statement rests on the standard's text. */
export function SourceTag({ source }: { source: Source }) {
  const { t } = useTranslation()
  return (
    <Tooltip title={t(`banks.browse.sourceTooltip.${source}`)}>
      <Tag color={colors[source]}>{t(`banks.browse.source.${source}`)}</Tag>
    </Tooltip>
  )
}
