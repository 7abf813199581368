import { describe, expect, it } from 'vitest'
import {
  AUDIT_CHAIN_GENESIS,
  auditEntryHash,
  chainAuditLog,
  verifyAuditChain,
  type ChainedEntry
} from './audit-chain'

const entry = (n: number): ChainedEntry => ({
  id: `au-${n}`,
  at: `2026-12-06T10:00:${String(n).padStart(2, '0')}.000Z`,
  by: '周强',
  action: 'answer.set',
  target: `question:C1.0${n}`,
  oldValue: null,
  newValue: n
})

const chained = (count = 6) => chainAuditLog(Array.from({ length: count }, (_, n) => entry(n)))

describe('the tamper-evident audit chain', () => {
  it('an untouched log is intact against its head, each entry linked to the one before', () => {
    const { entries, head } = chained()
    expect(entries[0]!.prev).toBe(AUDIT_CHAIN_GENESIS)
    for (let i = 1; i < entries.length; i += 1)
      expect(entries[i]!.prev).toBe(auditEntryHash(entries[i - 1]!))
    expect(verifyAuditChain(entries, head)).toEqual({ intact: true, length: 6, unchained: 0, head })
    expect(head).toEqual({ length: 6, entryId: 'au-5', hash: auditEntryHash(entries[5]!) })
  })

  it.each([0, 2, 5])('editing entry %i is detected and that entry named', (index) => {
    const { entries, head } = chained()
    const edited = entries.map((e, i) => (i === index ? { ...e, newValue: 99 } : e))
    expect(verifyAuditChain(edited, head)).toEqual({
      intact: false,
      index,
      entryId: `au-${index}`,
      problem: 'altered'
    })
  })

  it('editing who made a change or when is detected too', () => {
    const { entries, head } = chained()
    const who = entries.map((e, i) => (i === 3 ? { ...e, by: '李娜' } : e))
    const when = entries.map((e, i) => (i === 1 ? { ...e, at: '2026-01-01T00:00:00.000Z' } : e))
    expect(verifyAuditChain(who, head)).toMatchObject({ intact: false, index: 3 })
    expect(verifyAuditChain(when, head)).toMatchObject({ intact: false, index: 1 })
  })

  it.each([
    [1, 2],
    [0, 5],
    [3, 4]
  ])('reordering entries %i and %i is detected as out of order', (a, b) => {
    const { entries, head } = chained()
    const swapped = [...entries]
    ;[swapped[a], swapped[b]] = [swapped[b]!, swapped[a]!]
    expect(verifyAuditChain(swapped, head)).toMatchObject({
      intact: false,
      index: a,
      problem: 'order'
    })
  })

  it.each([0, 3])('deleting entry %i is detected where it was', (index) => {
    const { entries, head } = chained()
    const removed = entries.filter((_, i) => i !== index)
    expect(verifyAuditChain(removed, head)).toMatchObject({
      intact: false,
      index,
      problem: 'missing'
    })
  })

  it('deleting the newest entry is detected by the head', () => {
    const { entries, head } = chained()
    expect(verifyAuditChain(entries.slice(0, -1), head)).toEqual({
      intact: false,
      index: 5,
      problem: 'missing'
    })
  })

  it('an entry appended without updating the head is named as unrecorded', () => {
    const { entries, head } = chained(3)
    const more = chainAuditLog([...entries, entry(3)]).entries
    expect(verifyAuditChain(more, head)).toMatchObject({ index: 3, problem: 'unrecorded' })
  })

  it('entries from before the chain may only lead it', () => {
    const legacy = [entry(0), entry(1)]
    const { head } = chainAuditLog(legacy)
    expect(verifyAuditChain(legacy, undefined)).toMatchObject({ intact: true, unchained: 2 })
    const mixed = [...chained(2).entries, entry(7)]
    expect(verifyAuditChain(mixed, undefined)).toMatchObject({
      intact: false,
      index: 2,
      problem: 'unchained'
    })
    expect(head.length).toBe(2)
  })
})
