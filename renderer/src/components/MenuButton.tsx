import { DownOutlined } from '@ant-design/icons'
import { Button, Dropdown, type MenuProps } from 'antd'

/** A button that opens a menu of choices on click, marked with a down arrow after its label. */
export function MenuButton({
  items,
  testId,
  loading,
  children
}: {
  items: MenuProps['items']
  testId: string
  loading: boolean
  children: string
}) {
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button data-testid={testId} loading={loading}>
        {children} <DownOutlined />
      </Button>
    </Dropdown>
  )
}
