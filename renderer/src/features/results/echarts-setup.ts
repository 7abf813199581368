/**
 * The only module that imports ECharts. It is loaded with a dynamic import() the first time a
 * chart mounts, so ECharts stays out of the start-up bundle; only the pieces the results charts
 * use are registered.
 */
import { init, use as register } from 'echarts/core'
import { BarChart, RadarChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

// Renamed: ECharts' `use` is not React's `use` hook.
register([
  BarChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  SVGRenderer
])

export { init }
