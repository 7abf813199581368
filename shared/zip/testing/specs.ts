import { issueText } from '../../util/issue-codes'
import type { ZipSpec } from '../open'

const MiB = 1 << 20

/** Test layout: takes any safe name (folders too), with the package defaults' numbers. */
export const anythingSpec: ZipSpec<'file'> = {
  layout: {
    classify: () => 'file',
    unknown: () => issueText('package.layout'),
    maxEntryBytes: () => 256 * MiB,
    required: []
  },
  limits: {
    maxArchiveBytes: 512 * MiB,
    maxEntries: 10_000,
    maxTotalBytes: 1024 * MiB,
    maxCompressionRatio: 200,
    ratioFloorBytes: MiB
  },
  notZip: issueText('package.notZip'),
  wholePath: '(test)'
}
