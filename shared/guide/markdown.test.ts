import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGuide, parseInline } from './markdown'

describe('guide markdown', () => {
  it('reads bold, code and links inside text', () => {
    expect(parseInline('按 `?` 查看 **快捷键**，见 [英文](en-US.md)。')).toEqual([
      { kind: 'text', text: '按 ' },
      { kind: 'code', text: '?' },
      { kind: 'text', text: ' 查看 ' },
      { kind: 'strong', text: '快捷键' },
      { kind: 'text', text: '，见 ' },
      { kind: 'link', text: '英文', href: 'en-US.md' },
      { kind: 'text', text: '。' }
    ])
  })

  it('reads headings, anchors, pictures, tables, lists and paragraphs', () => {
    const blocks = parseGuide(
      [
        '<a id="keys"></a>',
        '',
        '## 3. Keys',
        'One line',
        'and the next.',
        '',
        '![Help](images/en-US/help.png)',
        '',
        '| Key | Does |',
        '| --- | --- |',
        '| `J` | next |',
        '',
        '1. first',
        '   continued',
        '2. second'
      ].join('\n')
    )
    expect(blocks.map((b) => b.kind)).toEqual([
      'anchor',
      'heading',
      'paragraph',
      'image',
      'table',
      'list'
    ])
    expect(blocks[2]).toEqual({
      kind: 'paragraph',
      text: [{ kind: 'text', text: 'One line and the next.' }]
    })
    expect(blocks[4]).toMatchObject({ header: [[{ text: 'Key' }], [{ text: 'Does' }]] })
    expect(blocks[4]).toMatchObject({ rows: [[[{ kind: 'code', text: 'J' }], [{ text: 'next' }]]] })
    expect(blocks[5]).toMatchObject({
      ordered: true,
      items: [[{ text: 'first continued' }], [{ text: 'second' }]]
    })
  })

  it('reads both guides: every section anchored, every picture found', () => {
    for (const language of ['zh-CN', 'en-US']) {
      const text = readFileSync(
        resolve(import.meta.dirname, `../../docs/guide/${language}.md`),
        'utf8'
      )
      const blocks = parseGuide(text)
      expect(blocks.filter((b) => b.kind === 'anchor')).toHaveLength(13)
      expect(blocks.filter((b) => b.kind === 'image').length).toBeGreaterThanOrEqual(12)
      expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(1)
    }
  })
})
