import { useRef, useState, type ReactNode } from 'react'
import type { SealedContent } from '@shared/crypto/header'
import { startsLikeContainer } from '@shared/crypto/magic'
import type { ParseResult, ValidationIssue } from '@shared/util/validation'
import { ProtectDialog, type ProtectChoice, type ProtectedContent } from './ProtectDialog'
import { UnlockDialog } from './UnlockDialog'

/** A dialog's answer awaited: `wait()` resolves with the value the dialog later gives `answer`. */
function usePendingAnswer<A>(): { wait: () => Promise<A>; answer: (value: A) => void } {
  const resolver = useRef<((value: A) => void) | null>(null)
  return {
    wait: () =>
      new Promise<A>((resolve) => {
        resolver.current = resolve
      }),
    answer: (value) => {
      resolver.current?.(value)
      resolver.current = null
    }
  }
}

/** Asks how to protect an export; `ask()` resolves with the choice, or null when cancelled. */
export function useProtectChoice(content: ProtectedContent): {
  ask: () => Promise<ProtectChoice | null>
  dialog: ReactNode
} {
  const pending = usePendingAnswer<ProtectChoice | null>()
  const [open, setOpen] = useState(false)
  const ask = () => {
    const answer = pending.wait()
    setOpen(true)
    return answer
  }
  const dialog = (
    <ProtectDialog
      open={open}
      content={content}
      onDone={(choice) => {
        setOpen(false)
        pending.answer(choice)
      }}
    />
  )
  return { ask, dialog }
}

/** Seals the bytes of an export as chosen; the container code loads on first use. */
export async function protectBytes(
  bytes: Uint8Array,
  choice: ProtectChoice,
  content: SealedContent
): Promise<Uint8Array> {
  if (!choice.encrypt) return bytes
  const { encryptContainer } = await import('@shared/crypto/container')
  return encryptContainer(bytes, choice.passphrase, content)
}

type Request = { fileName: string; problem?: ValidationIssue }

/**
 * Opens a picked file through `check` (the file-check worker). A plain file goes straight in; an
 * encrypted one asks for its passphrase, and asks again after a wrong one, showing why, until the
 * check gives another answer or the user cancels (null). Each attempt hands the worker a copy, so
 * the file's bytes stay here for the next one.
 */
export function useUnlock(): {
  open: <T>(
    fileName: string,
    bytes: Uint8Array,
    check: (bytes: Uint8Array, passphrase?: string) => Promise<ParseResult<T>>
  ) => Promise<ParseResult<T> | null>
  dialog: ReactNode
} {
  const pending = usePendingAnswer<string | null>()
  const [request, setRequest] = useState<Request | null>(null)
  const [checking, setChecking] = useState(false)
  const askPassphrase = (next: Request) => {
    const passphrase = pending.wait()
    setRequest(next)
    return passphrase
  }

  async function open<T>(
    fileName: string,
    bytes: Uint8Array,
    check: (bytes: Uint8Array, passphrase?: string) => Promise<ParseResult<T>>
  ): Promise<ParseResult<T> | null> {
    if (!startsLikeContainer(bytes)) return check(bytes)
    let problem: ValidationIssue | undefined
    try {
      for (;;) {
        const passphrase = await askPassphrase(problem ? { fileName, problem } : { fileName })
        if (passphrase === null) return null
        setChecking(true)
        const result = await check(bytes.slice(), passphrase).finally(() => setChecking(false))
        if (result.ok || result.issues[0]?.code !== 'encrypted.authFailed') return result
        problem = result.issues[0]
      }
    } finally {
      setRequest(null)
    }
  }

  const dialog = (
    <UnlockDialog
      request={request}
      checking={checking}
      onDone={(passphrase) => {
        pending.answer(passphrase)
        if (passphrase === null) setRequest(null)
      }}
    />
  )
  return { open, dialog }
}
