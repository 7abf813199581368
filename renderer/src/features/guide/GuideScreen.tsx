import { Spin, Typography } from 'antd'
import { Fragment, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { parseGuide, type GuideBlock, type InlineSpan } from '../../../../shared/guide/markdown'
import { paths } from '../../app/paths'
import { useLanguage } from '../../i18n/useLanguage'
import './guide.css'

// The guide and its pictures are bundled with the app (read offline, never fetched from the web).
const guides = import.meta.glob<string>('../../../../docs/guide/*.md', {
  query: '?raw',
  import: 'default'
})
const pictures = import.meta.glob<string>('../../../../docs/guide/images/*/*.webp', {
  query: '?url',
  import: 'default',
  eager: true
})
const picture = (src: string) => pictures[`../../../../docs/guide/${src}`]

/** One row of a guide table: each cell's text in a `th` (the header row) or a `td`. */
function TableRow({ cells, Cell }: { cells: InlineSpan[][]; Cell: 'th' | 'td' }) {
  return (
    <tr>
      {cells.map((cell, i) => (
        <Cell key={i}>
          <Inline spans={cell} />
        </Cell>
      ))}
    </tr>
  )
}

function Inline({ spans }: { spans: InlineSpan[] }) {
  return spans.map((span, i) => {
    if (span.kind === 'strong') return <strong key={i}>{span.text}</strong>
    if (span.kind === 'code')
      return (
        <Typography.Text key={i} keyboard>
          {span.text}
        </Typography.Text>
      )
    if (span.kind === 'link' && span.href.startsWith('#'))
      return (
        <Link key={i} to={paths.guide(span.href.slice(1))}>
          {span.text}
        </Link>
      )
    // Links to the other language's file: the language switch in the header does that here.
    return <Fragment key={i}>{span.text}</Fragment>
  })
}

function Block({ block }: { block: GuideBlock }): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <Typography.Title level={Math.min(block.level, 4) as 1 | 2 | 3 | 4}>
          <Inline spans={block.text} />
        </Typography.Title>
      )
    case 'anchor':
      return <span id={`guide-${block.id}`} />
    case 'image':
      return (
        <img className="guide-picture" src={picture(block.src)} alt={block.alt} loading="lazy" />
      )
    case 'table':
      return (
        <table>
          <thead>
            <TableRow cells={block.header} Cell="th" />
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <TableRow key={r} cells={row} Cell="td" />
            ))}
          </tbody>
        </table>
      )
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul'
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inline spans={item} />
            </li>
          ))}
        </List>
      )
    }
    case 'paragraph':
      return (
        <Typography.Paragraph>
          <Inline spans={block.text} />
        </Typography.Paragraph>
      )
  }
}

/** The user guide (docs/guide) in the app's language, opened at a section: `#/guide/<section>`. */
export function GuideScreen() {
  const { section } = useParams()
  const { language } = useLanguage()
  const { t } = useTranslation()
  const [blocks, setBlocks] = useState<{ language: string; blocks: GuideBlock[] } | null>(null)

  useEffect(() => {
    let live = true
    void guides[`../../../../docs/guide/${language}.md`]?.().then((text) => {
      if (live) setBlocks({ language, blocks: parseGuide(text) })
    })
    return () => {
      live = false
    }
  }, [language])

  useEffect(() => {
    if (blocks && section) document.getElementById(`guide-${section}`)?.scrollIntoView()
  }, [blocks, section])

  if (blocks?.language !== language) return <Spin aria-label={t('guide.title')} />
  return (
    <article className="guide" data-testid="guide-screen" data-section={section ?? ''}>
      {blocks.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </article>
  )
}
