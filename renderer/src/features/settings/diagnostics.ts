import type { AppInfo } from '@shared/ipc/contract'
import type { SaveFileRequest } from '../../platform/platform'

export interface DiagnosticsInput {
  appInfo: AppInfo
  interfaceLanguage: string
  userAgent: string
  now: Date
}

/** File format marker, so support tooling can recognise (and later upgrade) these files. */
export const DIAGNOSTICS_FORMAT = 'stability-assessor/diagnostics'

/** `20261124T181400Z`: sortable, and free of the `:` that file names may not contain. */
const compactUtc = (date: Date): string => date.toISOString().replace(/[-:]|\.\d+/g, '')

/**
 * The diagnostics file a user sends to support: environment only, never assessment data.
 * Pure, so what leaves the machine is easy to review and test.
 */
export function buildDiagnostics({
  appInfo,
  interfaceLanguage,
  userAgent,
  now
}: DiagnosticsInput): SaveFileRequest {
  const content = {
    format: DIAGNOSTICS_FORMAT,
    formatVersion: 1,
    generatedAt: now.toISOString(),
    app: appInfo,
    interfaceLanguage,
    userAgent
  }
  return {
    suggestedName: `stability-assessor-diagnostics-${compactUtc(now)}.json`,
    bytes: new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`),
    mimeType: 'application/json',
    filters: [{ name: 'JSON', extensions: ['json'] }]
  }
}
