import { CheckCircleFilled } from '@ant-design/icons'
import { Card, Collapse, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { CHECKLIST_GROUPS, openItemCount, type Checklist, type ChecklistItem } from './checklist'

const groupColour = {
  unanswered: 'warning',
  errors: 'error',
  warnings: 'gold',
  flagged: 'processing',
  unevidenced: 'warning',
  factors: 'warning'
} as const

function ItemLine({ item, group }: { item: ChecklistItem; group: string }) {
  const body = (
    <Flex vertical gap={2}>
      <span>
        {item.targetId && (
          <Typography.Text code style={{ marginRight: 6 }}>
            {item.targetId}
          </Typography.Text>
        )}
        <Typography.Text>{item.label}</Typography.Text>
      </span>
      {item.detail && item.detail !== item.label && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.detail}
        </Typography.Text>
      )}
    </Flex>
  )
  return (
    <li
      data-testid="checklist-item"
      data-group={group}
      data-target={item.targetId ?? ''}
      style={{ padding: '6px 0' }}
    >
      {item.href ? (
        <Link
          to={item.href}
          style={{ color: 'inherit', display: 'block' }}
          className="checklist-link"
        >
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  )
}

/** The checklist, one collapsible group per kind of open item; each item jumps to its question. */
export function ChecklistCard({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation()
  const total = openItemCount(checklist)
  const groups = CHECKLIST_GROUPS.filter((group) => checklist[group].length > 0)
  return (
    <Card
      title={t('review.checklist.title')}
      data-testid="review-checklist"
      extra={
        total > 0 && <Tag color="warning">{t('review.checklist.summary', { count: total })}</Tag>
      }
    >
      {total === 0 ? (
        <Flex gap={8} align="center" data-testid="checklist-clear">
          <CheckCircleFilled style={{ color: '#52c41a' }} />
          <Typography.Text>{t('review.checklist.allClear')}</Typography.Text>
        </Flex>
      ) : (
        <Collapse
          defaultActiveKey={groups}
          items={groups.map((group) => ({
            key: group,
            label: (
              <Flex gap={8} align="center">
                <Typography.Text strong>{t(`review.checklist.groups.${group}`)}</Typography.Text>
                <Tag color={groupColour[group]}>{checklist[group].length}</Tag>
              </Flex>
            ),
            children: (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {checklist[group].map((item) => (
                  <ItemLine key={item.key} item={item} group={group} />
                ))}
              </ul>
            )
          }))}
        />
      )}
    </Card>
  )
}
