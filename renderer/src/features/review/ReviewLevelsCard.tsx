import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { nextReviewLevel, staleReviewSignature } from '@shared/review'
import type { ReviewSignature } from '@shared/assessment/review-record'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { reviewRecordOf } from '../../db/repos/graded-review'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../audit/format-date'
import { useWorkspace } from '../workspace/workspace-context'
import { useRegistersWithRows } from '../../db/hooks/useRegisters'
import { liveContentHash } from './seal-check'
import { ReviewSignDialog, SendBackDialog } from './ReviewLevelDialogs'
import { useActor } from './useActor'

interface LevelRow {
  level: number
  name: string
  signers: readonly string[]
  signature?: ReviewSignature
}

/**
 * 分级复核: the review levels in order, each with who signed, when, the comment and the content it
 * approved; the next level signs here (the last one with "Finalize and sign"), any signed level
 * can be sent back with a reason.
 */
export function ReviewLevelsCard() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const workspace = useWorkspace()
  const { assessment, answers, factorEntries, findingRecords } = workspace
  const settings = useAppSettings()
  const actor = useActor()
  const [dialog, setDialog] = useState<'sign' | 'sendBack' | null>(null)
  const record = reviewRecordOf(assessment, settings.reviewLevels)
  const registers = useRegistersWithRows(assessment.id)
  // Signatures hash the registers too; none is called stale before they have loaded.
  const current = useMemo(
    () =>
      registers === undefined
        ? undefined
        : liveContentHash({ assessment, answers, factorEntries, findingRecords }, registers),
    [assessment, answers, factorEntries, findingRecords, registers]
  )
  if (record.levels.length < 2) return null
  const next = nextReviewLevel(record)
  const stale = current === undefined ? undefined : staleReviewSignature(record, current)
  const trashed = assessment.deletedAt !== undefined
  const rows: LevelRow[] = record.levels.map((level, index) => ({
    level: index + 1,
    name: level.name,
    signers: level.signers ?? [],
    signature: record.signatures[index]
  }))

  return (
    <Card
      title={t('review.levels.title', { count: record.levels.length })}
      data-testid="review-levels"
      extra={
        !trashed && (
          <Flex gap={8}>
            {next !== null && next < record.levels.length && (
              <Button type="primary" data-testid="review-sign" onClick={() => setDialog('sign')}>
                {t('review.levels.sign', { name: record.levels[next - 1]!.name })}
              </Button>
            )}
            {record.signatures.length > 0 && (
              <Button data-testid="review-send-back" onClick={() => setDialog('sendBack')}>
                {t('review.levels.sendBack')}
              </Button>
            )}
          </Flex>
        )
      }
    >
      {stale && (
        <Typography.Paragraph type="warning" data-testid="review-stale">
          {t('review.levels.stale', { name: record.levels[stale.level - 1]!.name })}
        </Typography.Paragraph>
      )}
      <Table<LevelRow>
        rowKey="level"
        size="small"
        pagination={false}
        dataSource={rows}
        onRow={(row) => ({ 'data-testid': `review-level-${row.level}` }) as object}
        columns={levelColumns(t, language, next)}
      />
      {next !== null && (
        <ReviewSignDialog
          open={dialog === 'sign'}
          onClose={() => setDialog(null)}
          level={next}
          levelName={record.levels[next - 1]!.name}
          levels={settings.reviewLevels}
          defaultSigner={actor}
        />
      )}
      <SendBackDialog
        open={dialog === 'sendBack'}
        onClose={() => setDialog(null)}
        record={record}
        defaultBy={actor}
      />
    </Card>
  )
}

/** The table's columns: the level (name, who may sign) and its state (signature or waiting). */
function levelColumns(
  t: TFunction,
  language: string,
  next: number | null
): TableColumnsType<LevelRow> {
  return [
    {
      title: t('review.levels.level'),
      key: 'level',
      width: 150,
      render: (_, row) => (
        <span>
          {row.level}. <strong>{row.name}</strong>
          {row.signers.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('review.levels.signers', { names: row.signers.join('、') })}
            </Typography.Text>
          )}
        </span>
      )
    },
    {
      title: t('review.levels.state'),
      key: 'state',
      render: (_, row) =>
        row.signature ? (
          <Flex vertical gap={2}>
            <span data-testid="review-level-signer">
              <Tag color="success">{t('review.levels.signed')}</Tag>
              {row.signature.by} · {formatDateTime(row.signature.at, language)}
            </span>
            {row.signature.comment && (
              <Typography.Text type="secondary">{row.signature.comment}</Typography.Text>
            )}
            <Typography.Text code style={{ fontSize: 11 }}>
              {row.signature.contentHash.slice(0, 16)}…
            </Typography.Text>
          </Flex>
        ) : row.level === next ? (
          <Tag color="processing">{t('review.levels.waiting')}</Tag>
        ) : (
          <Tag>{t('review.levels.notYet')}</Tag>
        )
    }
  ]
}
