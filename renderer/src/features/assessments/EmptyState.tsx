import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Space, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { Panel } from '../../components/Panel'

const pillars = ['organization', 'institution', 'process'] as const

interface EmptyStateProps {
  onOpenSample: () => void
  sampleBusy: boolean
}

/** The first thing a new user sees: what an assessment covers, and two ways to begin. */
export function EmptyState({ onOpenSample, sampleBusy }: EmptyStateProps) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const navigate = useNavigate()
  return (
    <Panel data-testid="assessments-empty">
      <div style={{ maxWidth: 640, margin: '16px auto', textAlign: 'left' }}>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('assessments.empty.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('assessments.empty.description')}</Typography.Paragraph>
        <ol style={{ paddingInlineStart: 0, listStyle: 'none', margin: '0 0 16px' }}>
          {pillars.map((pillar, i) => (
            // The number in its own column, so a wrapped line aligns with the text.
            <li key={pillar} style={{ display: 'flex', gap: 12, padding: '6px 0' }}>
              <span
                aria-hidden
                style={{
                  flex: 'none',
                  width: 22,
                  height: 22,
                  borderRadius: 11,
                  background: token.colorPrimaryBg,
                  color: token.colorPrimary,
                  textAlign: 'center',
                  lineHeight: '22px',
                  fontSize: 12,
                  fontWeight: 600
                }}
              >
                {i + 1}
              </span>
              <Typography.Text>{t(`assessments.empty.pillars.${pillar}`)}</Typography.Text>
            </li>
          ))}
        </ol>
        <Typography.Paragraph type="secondary">{t('assessments.empty.hint')}</Typography.Paragraph>
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(paths.newAssessment)}
          >
            {t('assessments.actions.new')}
          </Button>
          <Button
            icon={<ExperimentOutlined />}
            loading={sampleBusy}
            onClick={onOpenSample}
            data-testid="open-sample-empty"
          >
            {t('assessments.actions.sample')}
          </Button>
        </Space>
      </div>
    </Panel>
  )
}
