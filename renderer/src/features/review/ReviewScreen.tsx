import { Alert, Col, Flex, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'
import { useWorkspace } from '../workspace/workspace-context'
import { ChecklistCard } from './ChecklistCard'
import { ReviewLevelsCard } from './ReviewLevelsCard'
import { SealCard } from './SealCard'
import { StatusCard } from './StatusCard'
import { useChecklist } from './useChecklist'

/** Review and sign-off: what is still open, the status actions, and the signature record. */
export function ReviewScreen() {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const checklist = useChecklist()
  return (
    <Flex vertical gap={16} data-testid="review-screen">
      <PageHeading title={t('review.title')} intro={t('review.intro')} />
      {assessment.status === 'finalized' && (
        <Alert
          type="info"
          showIcon
          title={t('review.seal.readOnly')}
          data-testid="read-only-notice"
        />
      )}
      <StatusCard checklist={checklist} />
      <ReviewLevelsCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <ChecklistCard checklist={checklist} />
        </Col>
        <Col xs={24} xl={9}>
          <SealCard />
        </Col>
      </Row>
    </Flex>
  )
}
