import { Collapse, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MergeTake } from '@shared/merge'
import type { ValueContext } from '../audit/audit-values'
import { itemTitle, sideValue } from './merge-text'
import { MergeRegisterFigures } from './MergeRegisterFigures'

/**
 * The items only theirs has, taken without asking: a count, and the list on demand — shown open
 * when `open` (nothing else to decide, e.g. the auditee's answers from a feedback workbook).
 */
export function MergeTakesList({
  takes,
  context,
  systems,
  open = false
}: {
  takes: MergeTake[]
  context: ValueContext
  systems: ReadonlyMap<string, string>
  open?: boolean
}) {
  const { t } = useTranslation()
  if (takes.length === 0)
    return (
      <Typography.Paragraph type="secondary" data-testid="merge-takes" data-count={0}>
        {t('packages.merge.takenNone')}
      </Typography.Paragraph>
    )
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="merge-takes"
      data-count={takes.length}
      defaultActiveKey={open ? ['takes'] : []}
      items={[
        {
          key: 'takes',
          label: t('packages.merge.taken', { count: takes.length }),
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {takes.map((take) => (
                <li key={take.key} data-testid="merge-take" data-key={take.key}>
                  {itemTitle(take, context, t, systems)}
                  {context.words.colon}
                  {sideValue(take, take.theirs.item, context, t)}
                  {take.theirs.by ? t('common.parenthetical', { text: take.theirs.by }) : ''}
                  {take.kind === 'register' && (
                    <MergeRegisterFigures
                      figures={take.figures}
                      context={context}
                      systems={systems}
                    />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      ]}
    />
  )
}
