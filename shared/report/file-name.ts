import type { Locale } from '../bank/primitives'

/** Characters no file system accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g
const MAX_NAME = 120

function clean(part: string): string {
  const text = part.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim()
  // Windows refuses names ending in a dot or space, and leading dots hide files elsewhere.
  return text.replace(/^[.\s]+|[.\s]+$/g, '')
}

const WORDS: Record<Locale, { report: string; consolidated: string; assessments: string }> = {
  'zh-CN': { report: '稳定性评估报告', consolidated: '稳定性评估汇总', assessments: '份' },
  'en-US': {
    report: 'stability-report',
    consolidated: 'stability-consolidated',
    assessments: 'assessments'
  }
}

/**
 * A file name for the report: `稳定性评估报告_<institution>_<period end>.xlsx` (or `.docx`/`.pdf`
 * for the report of record), or for a consolidated workbook `稳定性评估汇总_<n>份_<date>.xlsx`. Safe on Windows, macOS and Linux
 * (no path separators, reserved characters or control characters; at most ~120 characters), and
 * accepted by the save bridge (a file name, not a path).
 */
export function reportFileName(
  input:
    | { kind: 'report'; institution: string; periodEnd: string; locale?: Locale }
    | { kind: 'consolidated'; count: number; date: string; locale?: Locale },
  extension: 'xlsx' | 'docx' | 'pdf' = 'xlsx'
): string {
  const words = WORDS[input.locale ?? 'zh-CN']
  const parts =
    input.kind === 'report'
      ? [words.report, clean(input.institution), clean(input.periodEnd)]
      : [
          words.consolidated,
          input.locale === 'en-US'
            ? `${input.count}-${words.assessments}`
            : `${input.count}${words.assessments}`,
          clean(input.date)
        ]
  let base = parts.filter((p) => p !== '').join('_')
  if ([...base].length > MAX_NAME) base = [...base].slice(0, MAX_NAME).join('').trim()
  return `${base}.${extension}`
}
