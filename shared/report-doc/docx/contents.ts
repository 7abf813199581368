import {
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun
} from 'docx'
import type { ReportDocument } from '../document'
import { documentHeadings } from '../document'
import { textWidth } from '../table-layout'
import { textRuns } from './text'

/** The headings the contents list: chapters and their sections. */
const LISTED = 2

/**
 * The bookmark of the k-th listed heading (0-based, in document order), as Word names the ones its
 * own contents point to. The headings and the contents entries both take their names from here.
 */
export const headingBookmark = (k: number): string => `_Toc${k + 1}`

/** Whether a heading of this level is listed in the contents (and so carries a bookmark). */
export const listedHeading = (level: number): boolean => level <= LISTED

/**
 * 目录: one paragraph per chapter and section, its text linked to the heading's bookmark, a dotted
 * leader, and a PAGEREF field to that bookmark for the page number.
 *
 * Deliberately not a Word TOC field: LibreOffice (and WPS) never update a TOC field, and inside
 * one they show each PAGEREF's stored result, which no writer can know without laying the pages
 * out. A PAGEREF on its own LibreOffice imports as a live page reference and numbers from its own
 * layout, so the numbers are right in its PDF. Word is asked to update the fields (written dirty)
 * when it opens the document, and numbers them from its own layout; F9 does so again after edits.
 */
export function contentsParagraphs(doc: Pick<ReportDocument, 'sections'>): Paragraph[] {
  const right = textWidth('portrait')
  return documentHeadings(doc)
    .filter((h) => listedHeading(h.level))
    .map(
      (heading, k) =>
        new Paragraph({
          style: `TOC${heading.level}`,
          tabStops: [{ type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT }],
          children: [
            new InternalHyperlink({
              anchor: headingBookmark(k),
              children: [...textRuns(heading.text), new TextRun({ children: [new Tab()] })]
            }),
            new PageReference(headingBookmark(k), { hyperlink: true })
          ]
        })
    )
}
