import { Typography } from 'antd'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import { useLanguage } from '../../i18n/useLanguage'

/** The regulations and standards the bank cites, with their status. */
export function BankReferences({ bank }: { bank: Bank }) {
  const { language } = useLanguage()
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, background: '#fff' }}>
      {bank.references.map((doc) => (
        <li key={doc.id} style={{ padding: '10px 16px', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{localize(doc.title, language)}</Typography.Text>
          {doc.status && (
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
              {localize(doc.status, language)}
            </Typography.Paragraph>
          )}
        </li>
      ))}
    </ul>
  )
}
