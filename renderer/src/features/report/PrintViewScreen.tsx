import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { paths } from '../../app/paths'
import { useDescribeError } from '../../i18n/describe-error'
import { useLanguage } from '../../i18n/useLanguage'
import { usePlatform } from '../../platform/usePlatform'
import { loadReportItems } from './load-report-items'
import { reportDocumentInput } from './report-file'
import './print-view.css'

/** The print view shared/report-doc renders (its CSS and body). */
interface PrintView {
  title: string
  css: string
  body: string
}

/**
 * The report's print view (the browser build's PDF): the same document as the Word report, laid
 * out for A4 by its print CSS, with a bar (hidden when printing) to print or "Save as PDF". The
 * page's HTML comes from shared/report-doc, which escapes every text: it holds no user markup.
 */
export function PrintViewScreen() {
  const { t } = useTranslation()
  const describe = useDescribeError()
  const { language } = useLanguage()
  const platform = usePlatform()
  const { assessmentId = '' } = useParams()
  const [view, setView] = useState<PrintView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      try {
        const [items, info, doc] = await Promise.all([
          loadReportItems([assessmentId]),
          platform.getAppInfo(),
          import('@shared/report-doc')
        ])
        const { isoWithOffset } = await import('@shared/report')
        const document = doc.buildReportDocument(
          await reportDocumentInput(
            items[0]!,
            language,
            isoWithOffset(new Date()),
            `${info.name} ${info.version} (${info.platform})`
          )
        )
        if (live) setView(doc.renderPrintView(document))
      } catch (caught) {
        if (live) setError(describe(caught))
      }
    })()
    return () => {
      live = false
    }
  }, [assessmentId, describe, language, platform])

  useEffect(() => {
    if (view !== null) document.title = view.title
  }, [view])

  return (
    // Outside the app's layout: its own banner (the bar) and main landmark (the report).
    <div className="print-view-screen" data-testid="print-view-screen">
      <header className="print-view-bar">
        <Space>
          <Link to={paths.workspace(assessmentId)}>
            <ArrowLeftOutlined /> {t('report.print.back')}
          </Link>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={view === null}
            data-testid="print-report"
            onClick={() => window.print()}
          >
            {t('report.print.print')}
          </Button>
          <span className="print-view-hint">{t('report.print.hint')}</span>
        </Space>
      </header>
      <main>
        {error !== null && <Alert type="error" showIcon message={error} />}
        {view === null && error === null && <Spin style={{ display: 'block', margin: 48 }} />}
        {view !== null && (
          <>
            <style>{view.css}</style>
            <div
              data-testid="print-view"
              // The document model's renderer escapes every text (shared/report-doc/html).
              dangerouslySetInnerHTML={{ __html: view.body }}
            />
          </>
        )}
      </main>
    </div>
  )
}
