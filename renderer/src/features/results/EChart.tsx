import { Alert, Spin } from 'antd'
import type { ECharts, EChartsCoreOption } from 'echarts/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface EChartProps {
  option: EChartsCoreOption
  height: number
  /** Accessible name of the chart (the figures are also in the tables below). */
  label: string
  /** The id of the element holding the same figures as text (the score table). */
  describedBy: string
  testId: string
}

type ChartState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown }

/** One ECharts chart, loaded on demand; `data-chart-state` says when it has drawn. */
export function EChart({ option, height, label, describedBy, testId }: EChartProps) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const [state, setState] = useState<ChartState>({ status: 'loading' })

  // ECharts is an external system: create it once the module arrives, dispose it on unmount.
  useEffect(() => {
    let disposed = false
    const element = container.current
    const observer = new ResizeObserver(() => chart.current?.resize())
    import('./echarts-setup')
      .then(({ init }) => {
        if (disposed || !element) return
        chart.current = init(element, undefined, { renderer: 'svg' })
        observer.observe(element)
        setState({ status: 'ready' })
      })
      .catch((error: unknown) => {
        if (!disposed) setState({ status: 'failed', error })
      })
    return () => {
      disposed = true
      observer.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    if (state.status === 'ready') chart.current?.setOption(option, { notMerge: true })
  }, [option, state.status])

  if (state.status === 'failed') {
    const message = state.error instanceof Error ? state.error.message : String(state.error)
    return <Alert type="warning" showIcon title={t('results.charts.failed', { message })} />
  }
  return (
    <Spin spinning={state.status === 'loading'} description={t('results.charts.loading')}>
      <div
        ref={container}
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-testid={testId}
        data-chart-state={state.status}
        style={{ width: '100%', height }}
      />
    </Spin>
  )
}
