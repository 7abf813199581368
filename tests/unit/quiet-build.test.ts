/** `npm start` / `npm run web` build in one line; a failed build shows all the bundler said. */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { formatSeconds, quietBuild } from '../../scripts/quiet-build.mjs'

function collector(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString()
      done()
    }
  })
  return { stream, text: () => text }
}

/** A stand-in bundler: prints a file list and a long warning, then exits with `status`. */
const noisyBuild = (status: number): string[] => [
  '-e',
  `for (let i = 0; i < 120; i++) console.log('out/renderer/assets/chunk-' + i + '.js  12.3 kB');
   console.error('(!) Some chunks are larger than 500 kB after minification.');
   process.exit(${status})`
]

describe('quietBuild', () => {
  it('prints one line for a build that succeeds, whatever the bundler printed', async () => {
    const out = collector()
    const err = collector()
    let clock = 1_000
    const status = await quietBuild(process.execPath, noisyBuild(0), {
      out: out.stream,
      err: err.stream,
      now: () => (clock += 4_250)
    })
    expect(status).toBe(0)
    expect(out.text()).toBe('Building… built in 4.3 s\n')
    expect(err.text()).toBe('')
  })

  it('shows the bundler’s whole output and its status when the build fails', async () => {
    const out = collector()
    const err = collector()
    const status = await quietBuild(process.execPath, noisyBuild(3), {
      out: out.stream,
      err: err.stream
    })
    expect(status).toBe(3)
    expect(out.text()).toBe('Building… the build failed (exit 3):\n')
    expect(err.text()).toContain('out/renderer/assets/chunk-119.js')
    expect(err.text()).toContain('Some chunks are larger than 500 kB')
  })

  it('says so when the build command cannot start', async () => {
    const err = collector()
    const status = await quietBuild('/nonexistent/bundler', [], {
      out: collector().stream,
      err: err.stream
    })
    expect(status).toBe(1)
    expect(err.text()).toContain('ENOENT')
  })
})

describe('formatSeconds', () => {
  it('gives one decimal', () => {
    expect(formatSeconds(9_849)).toBe('9.8 s')
    expect(formatSeconds(61_000)).toBe('61.0 s')
  })
})
