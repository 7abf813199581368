import type { TFunction } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ReviewRefusal } from '@shared/review'
import { StorageError } from '../db/storage-error'
import { isAppError } from '../platform/app-error'
import { formatBytes } from './format'

/**
 * A failure as one sentence in the interface language, for messages and alerts: the one way a
 * screen words an error (a toast: `useFailureToast`). Components inside a question card, which
 * take `t` from the section's context instead of `useTranslation`, call `describeError` itself.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useCallback((error: unknown) => describeError(error, t, language), [t, language])
}

/** `useDescribeError`'s sentence, given `t` and the language. */
export function describeError(error: unknown, t: TFunction, language: string): string {
  if (isAppError(error) && error.code === 'TOO_LARGE') {
    const { size, limit } = error.details
    if (typeof size === 'number' && typeof limit === 'number') {
      return t('errors.fileTooLarge', {
        size: formatBytes(size, language),
        limit: formatBytes(limit, language)
      })
    }
  }
  // A review step the rules refused (shared/review) says which rule, whichever layer wrapped it.
  const refusal = error instanceof StorageError ? error.cause : error
  if (refusal instanceof ReviewRefusal) {
    return t(`review.refused.${refusal.code}`, { level: refusal.level })
  }
  // Storage failures get a sentence that says what happened to the user's change.
  if (error instanceof StorageError) {
    return t(`storage.errors.${error.code}`, { message: error.message })
  }
  // Other codes carry a technical message; better shown than swallowed until each gets its own text.
  return error instanceof Error && error.message ? error.message : t('errors.unknown')
}
