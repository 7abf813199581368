import { serializeAssessmentFile } from '../assessment/canonical'
import { encryptContainer } from '../crypto/container'
import { bankContentHash } from '../bank/identity'
import { bankToWorkbook } from '../bank-xlsx/bank-to-workbook'
import { miniPackage, miniPackageInput } from '../package/package-fixture'
import { writeQuestionnaireWorkbook } from '../questionnaire-xlsx/write-workbook'
import { filledTemplate } from '../registers/test-support'
import { createPrng } from '../util/prng'
import { HOSTILE_PASSPHRASE, hostileContainerCases } from './hostile-containers'
import { miniBankBackup } from './backup-builders'
import { miniAssessment, miniBank } from './mini-bank'
import {
  deflatedEntry,
  forgeZip,
  storedEntry,
  zeroBombStream,
  type ForgedEntry
} from '../zip/testing/forge'

/**
 * The hostile corpus (issue 10): one list of files every reader of outside files is fed, in the
 * app (renderer/src/db/hostile-files.test.ts) and on the command line
 * (tests/unit/hostile-cli.node.test.ts). Each reader must refuse every case with a coded problem
 * (or read it correctly) within 10 s and without a large allocation. The same attacks reach each
 * reader where it is weakest: zip attacks aim at the part the reader opens first, JSON attacks sit
 * in the JSON part a container reads (or are the whole file for a JSON reader).
 */

const MiB = 2 ** 20
const encoder = new TextEncoder()
const utf8 = (text: string): Uint8Array => encoder.encode(text)

/** What a kind of file looks like to the corpus. */
export interface HostileTarget {
  /** A valid file of this kind: it is cut short for the truncated cases. */
  sample: Uint8Array
  /** The zip part the reader opens first (`manifest.json`, `xl/sharedStrings.xml`, …). */
  zipPart: string
  /** Parts a real file has before that one (a workbook's `[Content_Types].xml`). */
  zipLead?: readonly ForgedEntry[]
  /** For containers: the JSON part the JSON attacks go into. Absent: the JSON is the file. */
  jsonPart?: string
  /**
   * A kind whose generic attacks another kind already receives (an encrypted package is a
   * package once opened) brings its own cases instead (shared/testing/hostile-containers.ts).
   */
  ownCases?: readonly HostileCase[]
}

export interface HostileCase {
  name: string
  bytes: Uint8Array
  /** The code the reader's first problem must have; absent: any coded problem. */
  expectCode?: string
}

/** A workbook's content types, so a forged zip looks like a workbook to the gate. */
export const WORKBOOK_CONTENT_TYPES = deflatedEntry(
  '[Content_Types].xml',
  utf8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>'
  )
)

let stringsBomb: ForgedEntry | undefined

/**
 * A shared-strings part with a million distinct short texts: about 20 MiB of XML that deflates
 * like real text (so no ratio check stops it) and would make exceljs build a million objects.
 */
function sharedStringsBomb(part: string): ForgedEntry {
  if (stringsBomb === undefined) {
    const items: string[] = []
    for (let i = 0; i < 1_000_000; i++) items.push(`<si><t>${i.toString(36)}</t></si>`)
    stringsBomb = deflatedEntry(
      'xl/sharedStrings.xml',
      utf8(`<sst count="1000000" uniqueCount="1000000">${items.join('')}</sst>`)
    )
  }
  return { ...stringsBomb, name: part }
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">' +
  Array.from({ length: 9 }, (_, i) => {
    const prev = String.fromCharCode(97 + i)
    return `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${prev};`.repeat(10)}">`
  }).join('') +
  ']><sst><si><t>&j;</t></si></sst>'

/** JSON texts that attack a JSON reader: depth, size, prototype keys, wrong types, emptiness. */
function hostileJson(): Array<[string, Uint8Array]> {
  const deep = 100_000
  // Under every size cap (files 32 MiB, JSON 32 Mi characters), so the parser itself must cope.
  const huge = 31 * MiB
  const hugeText = new Uint8Array(huge + 2).fill(0x61)
  hugeText[0] = 0x22
  hugeText[huge + 1] = 0x22
  return [
    ['deep JSON (arrays)', utf8('['.repeat(deep) + ']'.repeat(deep))],
    ['deep JSON (objects)', utf8('{"a":'.repeat(deep) + '1' + '}'.repeat(deep))],
    ['huge JSON (a 31 MiB string)', hugeText],
    ['wide JSON (two million numbers)', utf8(`[${'0,'.repeat(2_000_000)}0]`)],
    [
      'prototype key __proto__',
      utf8('{"__proto__":{"polluted":true},"kind":"stability-assessor/assessment"}')
    ],
    ['prototype key constructor', utf8('{"constructor":{"prototype":{"polluted":true}}}')],
    [
      'wrong types',
      utf8(
        '{"kind":42,"formatVersion":"one","schemaVersion":[],"packageVersion":{},"questions":"none","assessments":7}'
      )
    ],
    ['JSON null', utf8('null')],
    ['JSON array', utf8('[1,2,3]')],
    ['JSON number', utf8('1e999')],
    ['not UTF-8', Uint8Array.of(0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d)],
    ['empty file', new Uint8Array(0)],
    ['only white space', utf8('  \n\t ')]
  ]
}

/** Every hostile case for one kind of file. */
export function hostileCorpus(target: HostileTarget): HostileCase[] {
  if (target.ownCases !== undefined) return [...target.ownCases]
  const lead = target.zipLead ?? []
  const part = target.zipPart
  const zip = (...entries: ForgedEntry[]): Uint8Array => forgeZip([...lead, ...entries])
  const small = deflatedEntry(part, utf8('{}'))
  const prng = createPrng(10)
  const random = Uint8Array.from({ length: 64 * 1024 }, () => prng.int(0, 255))
  const cases: Array<[string, Uint8Array]> = [
    [
      'zip bomb (ratio: 64 MiB of zeros, declared)',
      zip({ name: part, body: zeroBombStream(64), method: 8, size: 64 * MiB, crc: 0 })
    ],
    [
      'zip bomb (absolute: 1 GiB of zeros, declared)',
      zip({ name: part, body: zeroBombStream(1024), method: 8, size: 1024 * MiB, crc: 0 })
    ],
    [
      'zip bomb (declares 1 KiB, inflates to 1 GiB)',
      zip({ name: part, body: zeroBombStream(1024), method: 8, size: 1024, crc: 0 })
    ],
    [
      'shared-strings bomb (a million texts)',
      forgeZip([WORKBOOK_CONTENT_TYPES, sharedStringsBomb(part)])
    ],
    ['entity expansion (billion laughs)', zip(deflatedEntry(part, utf8(BILLION_LAUGHS)))],
    ['traversal name', zip(small, storedEntry('../../evil.json', utf8('{}')))],
    ['absolute name', zip(small, storedEntry('/etc/passwd', utf8('{}')))],
    ['drive-letter name', zip(small, storedEntry('C:\\Windows\\evil.json', utf8('{}')))],
    [
      // The first entry's data spans the second entry's header and data (the overlap bomb).
      'overlapping entries (one inside another)',
      zip(
        { ...small, compressedSize: small.body.length + 30 + 'x.json'.length + 2 },
        storedEntry('x.json', utf8('{}'))
      )
    ],
    [
      'overlapping records (forty names, one data)',
      zip(
        small,
        ...Array.from({ length: 40 }, (_, i) => ({
          ...small,
          name: `x${i}.json`,
          sameDataAs: lead.length
        }))
      )
    ],
    ['duplicate entries', zip(small, small)],
    ['truncated (first half)', target.sample.slice(0, Math.floor(target.sample.length / 2))],
    ['truncated (last 10 bytes cut)', target.sample.slice(0, target.sample.length - 10)],
    ['random bytes', random],
    ['random bytes after a zip signature', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random])]
  ]
  for (const [name, json] of hostileJson())
    cases.push([
      name,
      target.jsonPart === undefined ? json : forgeZip([storedEntry(target.jsonPart, json)])
    ])
  return cases.map(([name, bytes]) => ({ name, bytes }))
}

/** A workbook's corpus aims at its shared strings, behind the content types a workbook has. */
const workbookTarget = (sample: Uint8Array): HostileTarget => ({
  sample,
  zipPart: 'xl/sharedStrings.xml',
  zipLead: [WORKBOOK_CONTENT_TYPES]
})

const createdAt = '2025-07-21T08:00:00.000Z'

/** The mini assessment (made with the mini bank) every valid sample below is about. */
export const hostileMiniAssessment = miniAssessment(bankContentHash(miniBank))

function backupSample(): Uint8Array {
  const input = miniPackageInput()
  return miniBankBackup({
    createdAt,
    generator: 'hostile',
    assessments: [{ assessment: input.assessments[0]!, evidence: input.evidence }]
  })
}

/** An encrypted container (sealed with HOSTILE_PASSPHRASE) around `inner`, with its own corpus. */
async function sealedTarget(
  inner: Uint8Array,
  content: 'package' | 'backup'
): Promise<HostileTarget> {
  const sample = await encryptContainer(inner, HOSTILE_PASSPHRASE, content)
  return { sample, zipPart: '', ownCases: await hostileContainerCases(sample, content) }
}

/**
 * Every kind of outside file the app or the command line reads, with a valid sample of each. A
 * new reader (operational registers, encrypted packages) adds its line here and its import path
 * to the tests that feed the corpus.
 */
export const HOSTILE_TARGETS = {
  bankJson: async () => ({ sample: utf8(JSON.stringify(miniBank)), zipPart: 'bank.json' }),
  bankWorkbook: async () => workbookTarget(await bankToWorkbook(miniBank)),
  assessmentFile: async () => ({
    sample: utf8(
      serializeAssessmentFile(hostileMiniAssessment, {
        generator: 'hostile',
        exportedAt: createdAt
      })
    ),
    zipPart: 'assessment.json'
  }),
  package: async () => ({
    sample: miniPackage(),
    zipPart: 'manifest.json',
    jsonPart: 'manifest.json'
  }),
  backup: async () => ({ sample: backupSample(), zipPart: 'backup.json', jsonPart: 'backup.json' }),
  // Read with HOSTILE_PASSPHRASE: the readers of the two encrypted containers (issue 15).
  encryptedPackage: () => sealedTarget(miniPackage(), 'package'),
  encryptedBackup: () => sealedTarget(backupSample(), 'backup'),
  questionnaireForm: async () =>
    workbookTarget(
      await writeQuestionnaireWorkbook(miniBank, hostileMiniAssessment, { locale: 'zh-CN' })
    ),
  // Filled: a template left blank holds no register (blank sheets are not registers).
  registerWorkbook: async () => workbookTarget(await filledTemplate())
} satisfies Record<string, () => Promise<HostileTarget>>

export type HostileReaderKind = keyof typeof HOSTILE_TARGETS
