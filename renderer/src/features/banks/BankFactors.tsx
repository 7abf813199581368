import { Space } from 'antd'
import type { Bank } from '@shared/bank/bank'
import { FactorDetails } from './FactorDetails'

/** Every stability evaluation factor, in bank order. */
export function BankFactors({ bank }: { bank: Bank }) {
  return (
    <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
      {bank.factors.map((factor) => (
        <FactorDetails key={factor.id} bank={bank} factor={factor} />
      ))}
    </Space>
  )
}
