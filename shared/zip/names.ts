import { issueText, type IssueText } from '../util/issue-codes'

const MAX_NAME_LENGTH = 255

/**
 * Why a zip entry name is unsafe, or null. Checked before any layout, so that the message says
 * what is dangerous about a name (traversal, absolute path, …), not merely that it is unexpected.
 * Names are printable ASCII: the app writes nothing else, and OOXML percent-encodes other
 * characters in part names.
 */
export function unsafeNameIssue(name: string): IssueText | null {
  if (name === '') return issueText('zip.nameEmpty')
  if (name.includes('\0')) return issueText('zip.nameNul')
  if (name.includes('\\')) return issueText('zip.nameBackslash')
  if (/^[A-Za-z]:/.test(name)) return issueText('zip.nameDrive')
  if (name.startsWith('/')) return issueText('zip.nameAbsolute')
  const segments = name.split('/')
  if (segments.some((segment) => segment === '..')) return issueText('zip.nameTraversal')
  if (segments.slice(0, -1).some((segment) => segment === '' || segment === '.'))
    return issueText('zip.nameSegment')
  if (/[^\x20-\x7e]/.test(name)) return issueText('zip.nameChars')
  if (name.length > MAX_NAME_LENGTH) return issueText('zip.nameLong', { maximum: MAX_NAME_LENGTH })
  return null
}
