/**
 * A hand-started Chromium on a persistent profile, driven over CDP, that can be SIGKILLed like a
 * crashing desktop app and started again on the same profile: the harness of the kill tests
 * (kill.spec.ts: answers after "saved"; kill-import.spec.ts: a package import). Playwright's own
 * launch cannot be used: it owns the profile and closes the browser cleanly.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { chromium, type Browser, type Page } from '@playwright/test'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--password-store=basic',
  '--window-size=1366,860'
]

export interface Running {
  child: ChildProcessWithoutNullStreams
  browser: Browser
  page: Page
  problems: string[]
}

/** Starts Chromium on `profile` (with `extraFlags`) and connects to it over CDP. */
export async function launch(profile: string, extraFlags: string[] = []): Promise<Running> {
  const child = spawn(
    CHROMIUM,
    [
      ...FLAGS,
      ...extraFlags,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank'
    ],
    // Its own process group, so the kill takes the renderer and helper processes with it.
    { detached: true }
  )
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = ''
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep draining stderr for the browser's lifetime; only the start matters.
      if (log.length > 20_000) return
      log += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code, signal) =>
      reject(new Error(`chromium exited (${code ?? signal}) before listening:\n${log}`))
    )
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]!
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return { child, browser, page, problems }
}

/** SIGKILLs the whole browser and waits until it is gone (so the profile is free again). */
export async function kill(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve))
  process.kill(-running.child.pid!, 'SIGKILL')
  await exited
}

/** Closes the browser the way a user quitting it does (profile written out), and waits until it is gone. */
export async function close(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve))
  const session = await running.browser.newBrowserCDPSession()
  await session.send('Browser.close').catch(() => undefined)
  await exited
}

/**
 * Chromium flags that serve `http://<host>` (a `*.localhost` name: a secure context, like the
 * app's own origins) from the server on 127.0.0.1:`port`. IndexedDB belongs to the origin, and the
 * origin holds no port here, so a profile made against one server opens against another.
 */
export const serveHostFrom = (host: string, port: number): string[] => [
  `--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`
]
