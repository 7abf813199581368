import { zhCN as workspace_zhCN } from './features/workspace'
import { zhCN as questionnaire_zhCN } from './features/questionnaire'
import { zhCN as factors_zhCN } from './features/factors'
import { zhCN as results_zhCN } from './features/results'
import { zhCN as review_zhCN } from './features/review'
import { zhCN as audit_zhCN } from './features/audit'
import { zhCN as assessmentFile_zhCN } from './features/assessment-file'
import { zhCN as newAssessment_zhCN } from './features/new-assessment'
/**
 * Simplified Chinese, the reference locale: every other locale must have exactly these keys
 * (enforced by the `Messages` type and by i18n/locales.test.ts). Keys are grouped by screen.
 */
export const zhCN = {
  app: {
    name: '稳定性保障评估工具',
    tagline: '证券行业信息系统稳定性保障评估',
    offlineNote: '离线运行 · 所有数据仅保存在本机'
  },
  nav: {
    label: '主导航',
    assessments: '评估',
    banks: '题库',
    settings: '设置'
  },
  language: {
    label: '界面语言',
    zhCN: '简体中文',
    enUS: 'English'
  },
  assessments: {
    title: '评估',
    intro:
      '依据《证券行业信息系统稳定性保障体系标准（征求意见稿）》，从组织保障、制度保障、过程保障三个维度评估本机构信息系统的稳定性保障水平。',
    emptyTitle: '尚无评估',
    emptyDescription: '评估功能将在后续版本中提供。届时您可以在此：',
    upcoming: {
      create: '新建评估，选择题库与被评估的信息系统',
      answer: '按组织保障、制度保障、过程保障（十大核心过程）逐题作答，并附上证据',
      results: '查看按稳定性评价要素计算的得分与改进建议，导出 Excel 评估报告'
    }
  },
  banks: {
    title: '题库',
    intro:
      '题库是评估所依据的题目、评价要素、权重与阈值。题库以带版本号的数据文件发布，而非写死在程序中。',
    tableTitle: '已安装的题库',
    columns: {
      name: '题库名称',
      version: '版本',
      standard: '依据标准',
      questions: '题目数'
    },
    upcoming: '题库的导入、校验与版本比较将在后续版本中提供。'
  },
  settings: {
    title: '设置',
    intro: '应用信息与诊断。更多设置（数据备份与恢复、默认题库等）将在后续版本中提供。',
    about: {
      title: '关于本应用',
      name: '产品名称',
      version: '版本',
      edition: '运行方式',
      os: '操作系统',
      locale: '系统区域设置',
      electron: 'Electron 版本',
      chrome: 'Chromium 版本',
      userData: '数据目录',
      loading: '正在读取应用信息…',
      loadFailed: '无法读取应用信息：{{message}}'
    },
    editions: {
      electron: '桌面应用',
      browser: '浏览器'
    },
    diagnostics: {
      title: '诊断信息',
      description:
        '将应用版本、运行环境与界面语言导出为 JSON 文件，便于向技术支持反馈问题。文件不包含任何评估数据。',
      export: '导出诊断信息',
      saved: '诊断信息已保存',
      savedTo: '诊断信息已保存到 {{path}}',
      failed: '导出失败：{{message}}'
    }
  },
  workspace: workspace_zhCN,
  questionnaire: questionnaire_zhCN,
  factors: factors_zhCN,
  results: results_zhCN,
  review: review_zhCN,
  audit: audit_zhCN,
  assessmentFile: assessmentFile_zhCN,
  newAssessment: newAssessment_zhCN,
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移动。',
    backHome: '返回评估'
  },
  errors: {
    boundaryTitle: '界面出现错误',
    boundaryDescription:
      '应用遇到意外错误，当前页面无法显示。您的已保存数据不受影响。请重新加载；如问题持续，请导出诊断信息并联系技术支持。',
    startupTitle: '应用启动失败',
    startupDescription: '应用未能完成启动。请重新加载；如问题持续，请联系技术支持。',
    reload: '重新加载',
    details: '错误详情',
    fileTooLarge: '文件过大（{{size}}），上限为 {{limit}}。',
    unknown: '未知错误'
  }
} as const
