import { SafetyCertificateFilled } from '@ant-design/icons'
import { Layout, Menu, Typography, theme } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router'
import { BackupReminder } from '../features/backup/BackupReminder'
import { usePlatform } from '../platform/usePlatform'
import { LanguageSwitch } from './LanguageSwitch'
import { paths } from './paths'

// Automatic backups exist only on the desktop; their zip and backup code load there, after start-up.
const AutoBackup = lazy(() =>
  import('../features/backup/AutoBackup').then((module) => ({ default: module.AutoBackup }))
)

const navigation = [
  { path: paths.assessments, labelKey: 'nav.assessments' },
  { path: paths.banks, labelKey: 'nav.banks' },
  { path: paths.settings, labelKey: 'nav.settings' }
] as const

/** The frame around every screen: product name, main navigation, language switch. */
export function AppLayout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { token } = theme.useToken()
  const hasAutoBackups = usePlatform().autoBackups !== undefined
  // A nested route (/assessments/:id/...) keeps its section highlighted.
  const selected = navigation.find(({ path }) => pathname.startsWith(path))?.path
  // An open assessment (section tree beside the questionnaire) needs the whole window width.
  const fullWidth = pathname.startsWith(paths.workspace(''))

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 32,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          position: 'sticky',
          top: 0,
          zIndex: 10
        }}
      >
        <Link to={paths.assessments} style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
          <SafetyCertificateFilled style={{ fontSize: 22, color: token.colorPrimary }} />
          <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            style={{ borderBottom: 'none' }}
            items={navigation.map(({ path, labelKey }) => ({
              key: path,
              label: <Link to={path}>{t(labelKey)}</Link>
            }))}
          />
        </nav>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 24px 0' }}>
        {/* Layout.Content is the page's one <main> landmark; this only centres its width. */}
        <div style={{ maxWidth: fullWidth ? undefined : 1200, margin: '0 auto' }}>
          <BackupReminder />
          {hasAutoBackups && (
            <Suspense fallback={null}>
              <AutoBackup />
            </Suspense>
          )}
          <Outlet />
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.offlineNote')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  )
}
