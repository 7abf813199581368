import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MergeConflict, MergeSide } from '@shared/merge'
import type { ValueContext } from '../audit/audit-values'
import { MergeRegisterFigures } from './MergeRegisterFigures'
import { MergeSideCard } from './MergeSideCard'
import { itemTitle, sideValue } from './merge-text'

interface MergeConflictRowProps {
  conflict: MergeConflict
  chosen: MergeSide | undefined
  onChoose: (side: MergeSide) => void
  context: ValueContext
  /** Key system id → name, for the figures a register changes. */
  systems: ReadonlyMap<string, string>
}

/** A conflict with mine and theirs side by side, and what differs between them. */
export function MergeConflictRow({
  conflict,
  chosen,
  onChoose,
  context,
  systems
}: MergeConflictRowProps) {
  const { t } = useTranslation()
  return (
    <div
      className="merge-conflict"
      data-testid="merge-conflict"
      data-key={conflict.key}
      data-chosen={chosen ?? ''}
    >
      <div className="merge-conflict-title">
        <Tag>{t(`packages.merge.kinds.${conflict.kind}`)}</Tag>
        <Typography.Text data-testid="merge-conflict-title">
          {itemTitle(conflict, context, t, systems)}
        </Typography.Text>
        {conflict.kind === 'answer' &&
          conflict.differences.map((d) => (
            <Tag key={d} color="orange" bordered={false}>
              {t(`packages.merge.changedFields.${d}`)}
            </Tag>
          ))}
      </div>
      {conflict.kind === 'register' && (
        <MergeRegisterFigures figures={conflict.figures} context={context} systems={systems} />
      )}
      <div className="merge-conflict-sides">
        {(['mine', 'theirs'] as const).map((side) => (
          <MergeSideCard
            key={side}
            side={side}
            view={conflict[side]}
            value={sideValue(conflict, conflict[side].item, context, t)}
            chosen={chosen === side}
            onChoose={() => onChoose(side)}
          />
        ))}
      </div>
    </div>
  )
}
