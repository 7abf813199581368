import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { signedDelta } from '@shared/comparison'

/** A change with its sign, green when it rose and red when it fell (the arrow says it too). */
export function DeltaText({ delta, testId }: { delta: number | null; testId?: string }) {
  const text = signedDelta(delta)
  if (delta === null || delta === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {text}
      </Typography.Text>
    )
  return (
    <Typography.Text type={delta > 0 ? 'success' : 'danger'} data-testid={testId} strong>
      {delta > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {text}
    </Typography.Text>
  )
}
