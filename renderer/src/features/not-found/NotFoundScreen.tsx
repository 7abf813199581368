import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'

/** Any unknown route, e.g. a stale bookmark after a screen moved. */
export function NotFoundScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.title')}</h1>}
      subTitle={t('notFound.description')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.assessments)}>
          {t('notFound.backHome')}
        </Button>
      }
    />
  )
}
