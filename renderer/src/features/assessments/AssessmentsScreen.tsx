import {
  AuditOutlined,
  FileSearchOutlined,
  FormOutlined,
  PlusCircleOutlined
} from '@ant-design/icons'
import { Card, Empty, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'

const upcoming = [
  { key: 'assessments.upcoming.create', icon: <PlusCircleOutlined /> },
  { key: 'assessments.upcoming.answer', icon: <FormOutlined /> },
  { key: 'assessments.upcoming.results', icon: <AuditOutlined /> }
] as const

/** The home screen. Until assessments exist it explains what this screen will hold. */
export function AssessmentsScreen() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  return (
    <>
      <PageHeading title={t('assessments.title')} intro={t('assessments.intro')} />
      <Card>
        <Empty
          image={<FileSearchOutlined style={{ fontSize: 56, color: token.colorTextQuaternary }} />}
          styles={{ image: { height: 64 } }}
          description={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('assessments.emptyTitle')}
            </Typography.Title>
          }
        >
          <div style={{ maxWidth: 560, margin: '0 auto', textAlign: 'left' }}>
            <Typography.Paragraph type="secondary">
              {t('assessments.emptyDescription')}
            </Typography.Paragraph>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {upcoming.map(({ key, icon }) => (
                // Icon in its own column, so a wrapped line aligns with the text, not the icon.
                <li key={key} style={{ display: 'flex', gap: 10, padding: '8px 0' }}>
                  <span style={{ color: token.colorPrimary }}>{icon}</span>
                  <Typography.Text>{t(key)}</Typography.Text>
                </li>
              ))}
            </ul>
          </div>
        </Empty>
      </Card>
    </>
  )
}
