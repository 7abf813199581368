import { canonicalJson } from '../util/canonical-json'
import { sha256Hex as sha256 } from '../util/sha256'

/**
 * The tamper-evident audit trail (docs/review.md): every entry carries its place in the chain
 * (`seq`, 0-based) and the SHA-256 of the entry before it (`prev`; the first entry's is
 * {@link AUDIT_CHAIN_GENESIS}); the assessment keeps the chain head (`auditHead`: how many entries,
 * the newest's id and hash), and the seal (`finalization.auditHead`) records the head it covered.
 * Review signatures record the content hash they approved, not a head (the log is not part of the
 * content, canonical.ts). Against a head, changing, removing or reordering any entry breaks a link
 * or the head, and `verifyAuditChain` names the first entry that does not fit; without one, only
 * the links are checked, so a change of the newest entry or removing the newest entries goes unseen. Entries written before the
 * chain existed (no `seq`) may only stand before the first chained one; no upgrader chains them.
 * No zod here: the app's start-up code (renderer/src/db/repos/audit.ts) chains every edit with it.
 */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64)

/** The head of an audit chain (its schema: auditChainHeadSchema in assessment.ts). */
export interface AuditChainHead {
  /** How many entries the log holds. */
  length: number
  /** The newest entry's id. */
  entryId?: string
  /** The SHA-256 of the newest entry (auditEntryHash); the genesis value for an empty log. */
  hash: string
}

/** The head of an empty log. */
export const EMPTY_AUDIT_CHAIN_HEAD: AuditChainHead = { length: 0, hash: AUDIT_CHAIN_GENESIS }

/** An audit entry as the chain sees it (the stored row's extra keys, e.g. assessmentId, left out). */
export interface ChainedEntry {
  id: string
  seq?: number
  prev?: string
  [key: string]: unknown
}

/** SHA-256 of an entry's canonical JSON, its `seq` and `prev` included. */
export function auditEntryHash(entry: ChainedEntry): string {
  const { assessmentId: _row, ...content } = entry
  return sha256(canonicalJson(content))
}

/** The head after `entry`, the newest, was written at its place. */
export function auditHeadAfter(entry: ChainedEntry & { seq: number }): AuditChainHead {
  return { length: entry.seq + 1, entryId: entry.id, hash: auditEntryHash(entry) }
}

/** Chains an entry onto the log whose head is `head`: its seq and prev. */
export function chainLink(head: AuditChainHead): { seq: number; prev: string } {
  return { seq: head.length, prev: head.hash }
}

/**
 * Chains a whole log in order (entries keep everything else), replacing any links it had: for a
 * log made in one go — the united log of a merge (shared/merge/apply.ts) — and for tests. Returns
 * the entries and the head.
 */
export function chainAuditLog<E extends ChainedEntry>(
  entries: readonly E[]
): { entries: E[]; head: AuditChainHead } {
  let head = EMPTY_AUDIT_CHAIN_HEAD
  const chained = entries.map((entry) => {
    const linked = { ...entry, ...chainLink(head) }
    head = auditHeadAfter(linked)
    return linked
  })
  return { entries: chained, head }
}

/**
 * Why the log does not fit its chain, at the first entry that does not (0-based `index` in the log
 * as given; `entryId` when that entry exists):
 * - `altered`: the entry's content is not what the entry after it (or the head) recorded;
 * - `missing`: an entry before this one (or after the last one) was removed;
 * - `order`: the entry is not at its place (reordered or duplicated);
 * - `unchained`: an entry without a chain link after chained ones;
 * - `unrecorded`: entries after the recorded head.
 */
export type AuditChainBreak = 'altered' | 'missing' | 'order' | 'unchained' | 'unrecorded'

export type AuditChainVerdict =
  | { intact: true; length: number; unchained: number; head: AuditChainHead }
  | { intact: false; index: number; entryId?: string; problem: AuditChainBreak }

/**
 * Checks a log (oldest first) against its links and against `head` (the assessment's, or a seal's
 * when checking what it covered). `unchained`: how many entries from before the chain lead it.
 */
export function verifyAuditChain(
  entries: readonly ChainedEntry[],
  head: AuditChainHead | undefined
): AuditChainVerdict {
  const broken = (index: number, problem: AuditChainBreak): AuditChainVerdict => ({
    intact: false,
    index,
    ...(entries[index] ? { entryId: entries[index].id } : {}),
    problem
  })
  let unchained = 0
  let previousHash = AUDIT_CHAIN_GENESIS
  for (const [index, entry] of entries.entries()) {
    if (entry.seq === undefined || entry.prev === undefined) {
      if (unchained !== index) return broken(index, 'unchained')
      unchained += 1
    } else if (entry.seq !== index) {
      // The entry that belongs here stands elsewhere: reordered; nowhere and later ones moved up:
      // removed.
      const elsewhere = entries.some((other) => other.seq === index)
      return broken(index, elsewhere || entry.seq < index ? 'order' : 'missing')
    } else if (entry.prev !== previousHash) {
      // The link this entry recorded no longer matches the one before it: that one changed
      // (or was swapped for another); the first entry has no predecessor to blame.
      return index === 0 ? broken(0, 'altered') : broken(index - 1, 'altered')
    }
    previousHash = auditEntryHash(entry)
  }
  const last = entries.length - 1
  if (head !== undefined) {
    if (head.length > entries.length) return broken(entries.length, 'missing')
    if (head.length < entries.length) return broken(head.length, 'unrecorded')
    if (head.hash !== previousHash && last >= 0) return broken(last, 'altered')
  }
  return {
    intact: true,
    length: entries.length,
    unchained,
    head: {
      length: entries.length,
      ...(last >= 0 ? { entryId: entries[last]!.id } : {}),
      hash: previousHash
    }
  }
}

/**
 * The head a log has now: the recorded one, else (a log from before the chain, or written by a
 * tool that kept no head) the one its entries give.
 */
export function currentAuditHead(
  entries: readonly ChainedEntry[],
  recorded: AuditChainHead | undefined
): AuditChainHead {
  if (recorded !== undefined) return recorded
  const last = entries.at(-1)
  return last === undefined
    ? EMPTY_AUDIT_CHAIN_HEAD
    : { length: entries.length, entryId: last.id, hash: auditEntryHash(last) }
}

/**
 * Appends entries to a log, each chained onto the one before: how an import or a merge adds its
 * own entries without touching the links the log already has (so a break in them stays visible).
 */
export function appendToAuditChain<E extends ChainedEntry>(
  entries: readonly E[],
  recorded: AuditChainHead | undefined,
  added: readonly E[]
): { entries: E[]; head: AuditChainHead } {
  let head = currentAuditHead(entries, recorded)
  const appended = added.map((entry) => {
    const linked = { ...entry, ...chainLink(head) }
    head = auditHeadAfter(linked)
    return linked
  })
  return { entries: [...entries, ...appended], head }
}
