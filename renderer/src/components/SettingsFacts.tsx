import { Descriptions, type DescriptionsProps } from 'antd'

type FactsProps = Omit<DescriptionsProps, 'bordered' | 'size' | 'column' | 'styles'>

/**
 * The facts of a settings card (backup, storage, about): one bordered column of small rows, the
 * labels 200 px wide so the cards line up.
 */
export function SettingsFacts(props: FactsProps) {
  return (
    <Descriptions bordered size="small" column={1} styles={{ label: { width: 200 } }} {...props} />
  )
}
