import { Alert, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

/** The engine's own bilingual explanation of the overall level, each gate, and every red-line breach. */
export function GateNotes() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { overall } = useWorkspace().result
  return (
    <Flex vertical gap={8} style={{ marginTop: 20 }} data-testid="results-gates">
      <Typography.Text strong>
        {t('results.overall.gates')}
        <Typography.Text style={{ marginLeft: 12 }} data-testid="results-overall-text">
          {overall.text[language]}
        </Typography.Text>
      </Typography.Text>
      {overall.gates.length === 0 && (
        <Typography.Text type="secondary">{t('results.overall.noGates')}</Typography.Text>
      )}
      {overall.gates.map((gate) => (
        <Alert
          key={gate.gate}
          type={gate.binding ? 'warning' : 'info'}
          showIcon
          title={gate.text[language]}
        />
      ))}
      {overall.redLineBreaches.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('results.overall.redLines')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {overall.redLineBreaches.map((breach) => (
                <li key={`${breach.source}:${breach.sourceId}:${breach.redLineId}`}>
                  <Typography.Text code>{breach.sourceId}</Typography.Text>{' '}
                  {breach.message[language]}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  )
}
