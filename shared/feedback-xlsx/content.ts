/**
 * A finding's feedback as the workbook row carries it, in a form that compares equal however it
 * was typed, and the words of the response in both languages (the reader takes either).
 */
import type { FindingFeedback, FeedbackResponse } from '../assessment/finding-record'
import { FEEDBACK_RESPONSES } from '../assessment/finding-record'
import type { Locale } from '../bank/primitives'
import { normalizeText } from '../questionnaire-xlsx/content'

export interface FeedbackRowContent {
  response: FeedbackResponse | null
  explanation: string | null
  plan: string | null
  plannedDate: string | null
  by: string | null
}

/** The response as written in the workbook's language (the dropdown's items). */
export const RESPONSE_LABELS: Record<FeedbackResponse, Record<Locale, string>> = {
  agree: { 'zh-CN': '同意', 'en-US': 'Agree' },
  partial: { 'zh-CN': '部分同意', 'en-US': 'Partly agree' },
  disagree: { 'zh-CN': '不同意', 'en-US': 'Disagree' }
}

/** Every word the reader takes for each response (either language, the code itself). */
const RESPONSE_WORDS = new Map<string, FeedbackResponse>(
  FEEDBACK_RESPONSES.flatMap((response) => [
    [response, response],
    [RESPONSE_LABELS[response]['zh-CN'], response],
    [RESPONSE_LABELS[response]['en-US'].toLowerCase(), response]
  ])
)
RESPONSE_WORDS.set('partly agree', 'partial')
RESPONSE_WORDS.set('partially agree', 'partial')

/** The response a typed word means, or undefined (case, width and blanks do not matter). */
export function readResponse(text: string): FeedbackResponse | undefined {
  return RESPONSE_WORDS.get(text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase())
}

/** The row content of a stored feedback (or none). */
export function feedbackContent(feedback: FindingFeedback | undefined): FeedbackRowContent {
  return {
    response: feedback?.response ?? null,
    explanation: normalizeText(feedback?.explanation),
    plan: normalizeText(feedback?.plan),
    plannedDate: feedback?.plannedDate ?? null,
    by: normalizeText(feedback?.by)?.trim() ?? null
  }
}

/** Whether the row says nothing at all (an untouched row of a finding without feedback). */
export const isEmptyContent = (content: FeedbackRowContent): boolean =>
  Object.values(content).every((value) => value === null)
