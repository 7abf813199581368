import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The user guide (docs/guide, issue 16): every picture and link it names exists, every in-page
 * anchor it links to is there, both languages cover the same sections with the same pictures, and
 * no picture lies unused (`npm run guide:screenshots` regenerates them).
 */
const GUIDE = resolve(import.meta.dirname, '../../docs/guide')
const LANGUAGES = ['zh-CN', 'en-US'] as const

const read = (language: string) => readFileSync(join(GUIDE, `${language}.md`), 'utf8')
const images = (text: string) => [...text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!)
const links = (text: string) => [...text.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!)
const anchors = (text: string) => [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!)

describe('user guide', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every picture and link resolves`, () => {
      const text = read(language)
      const pictures = images(text)
      expect(pictures.length).toBeGreaterThanOrEqual(10)
      for (const picture of pictures) {
        expect(picture, 'pictures of the same language').toMatch(
          new RegExp(`^images/${language}/[a-z-]+\\.webp$`)
        )
        expect(existsSync(join(GUIDE, picture)), picture).toBe(true)
      }
      const own = anchors(text)
      for (const link of links(text)) {
        if (link.startsWith('#')) expect(own, link).toContain(link.slice(1))
        else if (!/^https?:/.test(link)) expect(existsSync(join(GUIDE, link)), link).toBe(true)
        else throw new Error(`the guide is read offline; no web links: ${link}`)
      }
    })
  }

  it('both languages have the same sections and pictures, and no picture lies unused', () => {
    const [zh, en] = LANGUAGES.map(read)
    expect(anchors(en!)).toEqual(anchors(zh!))
    // Every topic the guide must cover (issue 16), in the order the work is done.
    expect(anchors(zh!)).toEqual([
      'first-start',
      'new-assessment',
      'systems',
      'keyboard',
      'evidence',
      'factors',
      'results',
      'findings',
      'comparison',
      'review',
      'reports',
      'packages',
      'backups'
    ])
    const names = (text: string) => images(text).map((p) => p.split('/').pop())
    expect(names(en!)).toEqual(names(zh!))
    for (const language of LANGUAGES) {
      const dir = join(GUIDE, 'images', language)
      const used = new Set(images(read(language)).map((p) => join(GUIDE, p)))
      for (const file of readdirSync(dir)) expect(used, file).toContain(join(dir, file))
    }
  })
})
