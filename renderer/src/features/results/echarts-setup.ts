/**
 * The only module that imports ECharts. It is loaded with a dynamic import() the first time a
 * chart mounts, so ECharts stays out of the start-up bundle; only the pieces the results charts
 * and the comparison screen's trend chart use are registered.
 */
import { init, use as register } from 'echarts/core'
import { BarChart, LineChart, RadarChart } from 'echarts/charts'
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
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  SVGRenderer
])

export { init }
