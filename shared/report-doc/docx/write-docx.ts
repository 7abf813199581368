import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun
} from 'docx'
import type { FileChild, ISectionOptions } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { DocSection, ReportDocument } from '../document'
import { blockChildren } from './blocks'
import { headingBookmark, listedHeading } from './contents'
import { coverChildren, statementAndContents } from './front'
import { PAGE, tableSize } from '../table-layout'
import { FONTS, SIZES, THEME, documentStyles } from './styles'
import { printable } from '../printable'
import { textRuns } from './text'

function header(doc: ReportDocument): Header {
  const children: Array<TextRun | TextWatermark> = textRuns(doc.header, { size: SIZES.small })
  if (doc.cover.draftWatermark !== null)
    children.push(
      new TextWatermark({
        text: doc.cover.draftWatermark,
        font: FONTS.heading,
        color: 'D9D9D9',
        opacity: 0.5
      })
    )
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } },
        children
      })
    ]
  })
}

/** `第 {page} 页 共 {pages} 页` with the document's own PAGE and NUMPAGES fields. */
function footer(doc: ReportDocument): Footer {
  const parts = printable(doc.footer).split(/(\{page\}|\{pages\})/)
  const children = parts
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part
    )
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children, size: SIZES.small })]
      })
    ]
  })
}

function sectionOptions(
  doc: ReportDocument,
  section: DocSection,
  children: FileChild[],
  first: boolean
): ISectionOptions {
  const landscape = section.orientation === 'landscape'
  return {
    properties: {
      titlePage: first,
      page: {
        // Given as portrait A4: docx swaps width and height for a landscape section.
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
        },
        margin: landscape ? PAGE.landscapeMargins : PAGE.portraitMargins
      }
    },
    // Only the first section has headers and footers: every later one inherits them (ECMA-376
    // §17.10.5, a section without its own header reference uses the previous section's), as
    // Word, WPS and LibreOffice all do. One header with its DRAFT watermark instead of one per
    // section: a tenth of the Word report's parts and XML were copies of the same header.
    ...(first
      ? {
          // The cover's own header and footer are blank, but still hold a paragraph: Word requires one.
          headers: {
            default: header(doc),
            first: new Header({ children: [new Paragraph({})] })
          },
          footers: {
            default: footer(doc),
            first: new Footer({ children: [new Paragraph({})] })
          }
        }
      : {}),
    children
  }
}

/** The report document's Word object (not yet packed), for the writer and for the benchmark. */
export function reportDocx(doc: ReportDocument): Document {
  let listed = 0
  const sections = doc.sections.map((section, k) => {
    const body = section.blocks.flatMap((block, i) =>
      blockChildren(
        block,
        section.orientation,
        tableSize(doc.locale),
        i === 0 && k > 0,
        block.kind === 'heading' && listedHeading(block.level)
          ? headingBookmark(listed++)
          : undefined
      )
    )
    const children = k === 0 ? [...coverChildren(doc), ...statementAndContents(doc), ...body] : body
    return sectionOptions(doc, section, children, k === 0)
  })
  return new Document({
    creator: printable(doc.meta.generator),
    title: printable(doc.title),
    subject: printable(doc.meta.institution),
    description: printable(doc.meta.contentHash),
    features: { updateFields: false },
    styles: documentStyles(tableSize(doc.locale)),
    theme: THEME,
    sections
  })
}

/**
 * The report of record as .docx bytes: the document model laid out for Word, WPS and LibreOffice
 * (see docs/report.md). Pure: runs in the renderer's lazy chunk and in the command line alike.
 */
export async function writeReportDocx(doc: ReportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(reportDocx(doc))
  return new Uint8Array(buffer)
}
