import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'

/** Placeholder until this screen is built; keeps the route in place. */
export function ReviewScreen() {
  const { t } = useTranslation()
  return <PageHeading title={t('review.title')} />
}
