/**
 * A writer of Compound File Binary files (MS-CFB, version 3: 512-byte sectors, 64-byte mini
 * sectors). A password-protected Office document is such a file holding the encrypted package;
 * this writes exactly the tree it is given, nothing more. Streams under 4,096 bytes live in the mini
 * stream, as the format requires; the siblings of each storage form a red-black tree.
 */

/** A stream (bytes) or a storage (named children) of the file. */
export type CompoundEntry =
  | { readonly name: string; readonly content: Uint8Array }
  | { readonly name: string; readonly children: readonly CompoundEntry[] }

const SECTOR = 512
const MINI_SECTOR = 64
const MINI_STREAM_CUTOFF = 4096
const ENTRY_BYTES = 128
const HEADER_DIFAT_SLOTS = 109
const IDS_PER_SECTOR = SECTOR / 4

const FREE = 0xffffffff
const END_OF_CHAIN = 0xfffffffe
const FAT_SECTOR = 0xfffffffd
const DIFAT_SECTOR = 0xfffffffc
const NO_STREAM = 0xffffffff

const TYPE_STORAGE = 1
const TYPE_STREAM = 2
const TYPE_ROOT = 5
const RED = 0
const BLACK = 1

interface DirectoryRecord {
  name: string
  type: number
  color: number
  left: number
  right: number
  child: number
  start: number
  size: number
  content?: Uint8Array
}

/** MS-CFB 2.6.4: shorter names first, then by upper-cased UTF-16 code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length
  const ua = a.toUpperCase()
  const ub = b.toUpperCase()
  return ua < ub ? -1 : ua > ub ? 1 : 0
}

function checkName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[/\\:!]/.test(name))
    throw new Error(`compound file: an entry may not be named "${name}"`)
}

/**
 * Lays the entries out in directory order (pre-order) and links each storage's children as a
 * balanced search tree: the deepest level red, the rest black, so every path holds as many black
 * nodes and no red node has a red child.
 */
function buildDirectory(children: readonly CompoundEntry[]): DirectoryRecord[] {
  const records: DirectoryRecord[] = [
    {
      name: 'Root Entry',
      type: TYPE_ROOT,
      color: BLACK,
      left: NO_STREAM,
      right: NO_STREAM,
      child: NO_STREAM,
      start: END_OF_CHAIN,
      size: 0
    }
  ]
  const addChildren = (parent: DirectoryRecord, entries: readonly CompoundEntry[]): void => {
    const sorted = [...entries].sort((a, b) => compareNames(a.name, b.name))
    for (let i = 1; i < sorted.length; i++)
      if (compareNames(sorted[i - 1]!.name, sorted[i]!.name) === 0)
        throw new Error(`compound file: two entries named "${sorted[i]!.name}"`)
    const ids: number[] = []
    for (const entry of sorted) {
      checkName(entry.name)
      const record: DirectoryRecord = {
        name: entry.name,
        type: 'content' in entry ? TYPE_STREAM : TYPE_STORAGE,
        color: BLACK,
        left: NO_STREAM,
        right: NO_STREAM,
        child: NO_STREAM,
        start: 'content' in entry ? END_OF_CHAIN : 0,
        size: 'content' in entry ? entry.content.length : 0,
        ...('content' in entry ? { content: entry.content } : {})
      }
      ids.push(records.length)
      records.push(record)
      if ('children' in entry) addChildren(record, entry.children)
    }
    const depthOf = new Map<number, number>()
    const link = (from: number, to: number, depth: number): number => {
      if (from >= to) return NO_STREAM
      const middle = (from + to) >> 1
      const id = ids[middle]!
      depthOf.set(id, depth)
      records[id]!.left = link(from, middle, depth + 1)
      records[id]!.right = link(middle + 1, to, depth + 1)
      return id
    }
    parent.child = link(0, ids.length, 0)
    const deepest = Math.max(0, ...depthOf.values())
    if (deepest > 0)
      for (const [id, depth] of depthOf) if (depth === deepest) records[id]!.color = RED
  }
  addChildren(records[0]!, children)
  return records
}

const sectorsFor = (bytes: number, unit: number): number => Math.ceil(bytes / unit)

interface Layout {
  small: DirectoryRecord[]
  large: DirectoryRecord[]
  fat: Uint32Array
  miniFat: number[]
  miniStreamStart: number
  miniFatStart: number
  miniFatSectors: number
  directoryStart: number
  directorySectors: number
  fatStart: number
  fatSectors: number
  difatStart: number
  difatSectors: number
  totalSectors: number
}

/**
 * Places every stream: small ones in the mini stream, the rest in sectors, in this order — large
 * streams, mini stream, mini FAT, directory, FAT, DIFAT — and builds both allocation tables.
 */
function planSectors(records: DirectoryRecord[]): Layout {
  const streams = records.filter((r) => r.type === TYPE_STREAM && r.size > 0)
  const small = streams.filter((r) => r.size < MINI_STREAM_CUTOFF)
  const large = streams.filter((r) => r.size >= MINI_STREAM_CUTOFF)

  const miniFat: number[] = []
  for (const record of small) {
    record.start = miniFat.length
    const count = sectorsFor(record.size, MINI_SECTOR)
    for (let i = 1; i < count; i++) miniFat.push(miniFat.length + 1)
    miniFat.push(END_OF_CHAIN)
  }
  const miniStreamSectors = sectorsFor(miniFat.length * MINI_SECTOR, SECTOR)
  const miniFatSectors = sectorsFor(miniFat.length * 4, SECTOR)
  const directorySectors = sectorsFor(records.length * ENTRY_BYTES, SECTOR)
  const contentSectors =
    large.reduce((sum, r) => sum + sectorsFor(r.size, SECTOR), 0) +
    miniStreamSectors +
    miniFatSectors +
    directorySectors

  // The FAT maps itself and the DIFAT too: grow both until they cover everything.
  let fatSectors = 0
  let difatSectors = 0
  for (;;) {
    const needFat = sectorsFor(contentSectors + fatSectors + difatSectors, IDS_PER_SECTOR)
    const needDifat =
      needFat > HEADER_DIFAT_SLOTS
        ? sectorsFor(needFat - HEADER_DIFAT_SLOTS, IDS_PER_SECTOR - 1)
        : 0
    if (needFat === fatSectors && needDifat === difatSectors) break
    fatSectors = needFat
    difatSectors = needDifat
  }

  const fat = new Uint32Array(fatSectors * IDS_PER_SECTOR).fill(FREE)
  let next = 0
  const allocate = (count: number): number => {
    if (count === 0) return END_OF_CHAIN
    const first = next
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END_OF_CHAIN : next + i + 1
    next += count
    return first
  }
  for (const record of large) record.start = allocate(sectorsFor(record.size, SECTOR))
  const miniStreamStart = allocate(miniStreamSectors)
  const miniFatStart = allocate(miniFatSectors)
  const directoryStart = allocate(directorySectors)
  const fatStart = next
  for (let i = 0; i < fatSectors; i++) fat[next++] = FAT_SECTOR
  const difatStart = next
  for (let i = 0; i < difatSectors; i++) fat[next++] = DIFAT_SECTOR

  const root = records[0]!
  root.start = miniStreamStart
  root.size = miniFat.length * MINI_SECTOR
  return {
    small,
    large,
    fat,
    miniFat,
    miniStreamStart,
    miniFatStart,
    miniFatSectors,
    directoryStart,
    directorySectors,
    fatStart,
    fatSectors,
    difatStart,
    difatSectors,
    totalSectors: next
  }
}

/** The header (MS-CFB 2.2) with the first 109 FAT sector ids, and the DIFAT sectors for the rest. */
function writeHeader(out: Uint8Array, view: DataView, layout: Layout): void {
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0)
  view.setUint16(24, 0x003e, true)
  view.setUint16(26, 0x0003, true)
  view.setUint16(28, 0xfffe, true)
  view.setUint16(30, 9, true)
  view.setUint16(32, 6, true)
  view.setUint32(44, layout.fatSectors, true)
  view.setUint32(48, layout.directoryStart, true)
  view.setUint32(56, MINI_STREAM_CUTOFF, true)
  view.setUint32(60, layout.miniFatSectors > 0 ? layout.miniFatStart : END_OF_CHAIN, true)
  view.setUint32(64, layout.miniFatSectors, true)
  view.setUint32(68, layout.difatSectors > 0 ? layout.difatStart : END_OF_CHAIN, true)
  view.setUint32(72, layout.difatSectors, true)
  const fatId = (index: number): number =>
    index < layout.fatSectors ? layout.fatStart + index : FREE
  for (let i = 0; i < HEADER_DIFAT_SLOTS; i++) view.setUint32(76 + i * 4, fatId(i), true)
  for (let d = 0; d < layout.difatSectors; d++) {
    const at = sectorOffset(layout.difatStart + d)
    for (let i = 0; i < IDS_PER_SECTOR - 1; i++)
      view.setUint32(at + i * 4, fatId(HEADER_DIFAT_SLOTS + d * (IDS_PER_SECTOR - 1) + i), true)
    const nextDifat = d + 1 < layout.difatSectors ? layout.difatStart + d + 1 : END_OF_CHAIN
    view.setUint32(at + SECTOR - 4, nextDifat, true)
  }
}

/** The directory entries (MS-CFB 2.6), padded with unused ones to whole sectors. */
function writeDirectory(
  out: Uint8Array,
  view: DataView,
  records: DirectoryRecord[],
  layout: Layout
): void {
  const directoryAt = sectorOffset(layout.directoryStart)
  for (let i = 0; i < layout.directorySectors * (SECTOR / ENTRY_BYTES); i++) {
    const at = directoryAt + i * ENTRY_BYTES
    const record = records[i]
    if (record === undefined) {
      view.setUint32(at + 68, NO_STREAM, true)
      view.setUint32(at + 72, NO_STREAM, true)
      view.setUint32(at + 76, NO_STREAM, true)
      continue
    }
    for (let c = 0; c < record.name.length; c++)
      view.setUint16(at + c * 2, record.name.charCodeAt(c), true)
    view.setUint16(at + 64, (record.name.length + 1) * 2, true)
    out[at + 66] = record.type
    out[at + 67] = record.color
    view.setUint32(at + 68, record.left, true)
    view.setUint32(at + 72, record.right, true)
    view.setUint32(at + 76, record.child, true)
    view.setUint32(at + 116, record.start, true)
    view.setUint32(at + 120, record.size, true)
  }
}

const sectorOffset = (sector: number): number => SECTOR + sector * SECTOR

/** The compound file holding `children` under its root. */
export function writeCompoundFile(children: readonly CompoundEntry[]): Uint8Array<ArrayBuffer> {
  const records = buildDirectory(children)
  const layout = planSectors(records)
  const out = new Uint8Array(SECTOR + layout.totalSectors * SECTOR)
  const view = new DataView(out.buffer)
  writeHeader(out, view, layout)

  const miniStreamAt = sectorOffset(layout.miniStreamStart)
  for (const record of layout.small)
    out.set(record.content!, miniStreamAt + record.start * MINI_SECTOR)
  for (const record of layout.large) out.set(record.content!, sectorOffset(record.start))

  const miniFatAt = sectorOffset(layout.miniFatStart)
  for (let i = 0; i < layout.miniFatSectors * IDS_PER_SECTOR; i++)
    view.setUint32(miniFatAt + i * 4, layout.miniFat[i] ?? FREE, true)

  writeDirectory(out, view, records, layout)
  const fatAt = sectorOffset(layout.fatStart)
  for (let i = 0; i < layout.fat.length; i++) view.setUint32(fatAt + i * 4, layout.fat[i]!, true)
  return out
}
