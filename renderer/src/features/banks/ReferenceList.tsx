import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import type { RegulatoryReference } from '@shared/bank/primitives'
import { useLanguage } from '../../i18n/useLanguage'

/** "References: 《…》 第十条; …" with the documents' titles from the bank's catalogue. */
export function ReferenceList({
  bank,
  references
}: {
  bank: Bank
  references: readonly RegulatoryReference[]
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  if (references.length === 0) return null
  const titles = new Map(bank.references.map((doc) => [doc.id, localize(doc.title, language)]))
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
      {t('banks.browse.question.references')}
      {t('common.colon')}
      {references
        .map(
          (ref) =>
            `${titles.get(ref.document) ?? ref.document}${ref.clause ? ` ${ref.clause}` : ''}`
        )
        .join(t('common.clauseSeparator'))}
    </Typography.Paragraph>
  )
}
