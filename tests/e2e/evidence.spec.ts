import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'

/**
 * Evidence as inspectors gather it on site (issue 16): a screenshot pasted from the clipboard onto
 * a question, several files dropped on its card at once, and the date (证据日期) and caption of
 * each, set by keyboard; all of it in the scored workbook's evidence columns beside the SHA-256.
 */
test.use({ locale: 'zh-CN' })

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

const dropped = [
  { name: '值班记录-6月.pdf', mimeType: 'application/pdf', text: '%PDF-1.4\n% 值班记录\n' },
  { name: '告警统计.csv', mimeType: 'text/csv', text: '日期,告警数\n2025-06-30,12\n' },
  { name: '机房巡检照片.jpg', mimeType: 'image/jpeg', text: 'JFIF 机房巡检' }
].map((file) => ({ ...file, bytes: Buffer.from(file.text.repeat(40)) }))

test('a pasted screenshot and three dropped files become evidence with date and caption, in the workbook', async ({
  page,
  context,
  sampleAssessment: { id, app }
}) => {
  const q = app.questionnaire
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await q.open(id, 'A1')
  const before = await q.evidence('A1.07').count()

  // A screenshot on the clipboard (as a screen-capture tool leaves it), pasted onto the card.
  const clipboardPng = await page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 32
    const g = canvas.getContext('2d')!
    g.fillStyle = '#1f6feb'
    g.fillRect(0, 0, 64, 32)
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'))
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })])
    // The bytes as the clipboard holds them (Chromium re-encodes what it is given).
    const [item] = await navigator.clipboard.read()
    return [...new Uint8Array(await (await item!.getType('image/png')).arrayBuffer())]
  })
  await q.question('A1.07').focus()
  await page.keyboard.press('Control+V')
  const pasted = q.evidence('A1.07', 'file').filter({ hasText: /A1\.07_\d{8}-\d{6}\.png/ })
  await expect(pasted).toHaveCount(1)
  const pastedName = (await pasted.locator('.q-evidence-name').innerText()).trim()
  const pastedHash = await pasted.locator('[data-sha256]').getAttribute('data-sha256')
  // The evidence is the clipboard's PNG itself, byte for byte.
  expect(pastedHash).toBe(sha256(Buffer.from(clipboardPng)))

  // Three files dropped on the card at once.
  const transfer = await page.evaluateHandle(
    (files) => {
      const data = new DataTransfer()
      for (const f of files)
        data.items.add(new File([f.text.repeat(40)], f.name, { type: f.mimeType }))
      return data
    },
    dropped.map(({ name, mimeType, text }) => ({ name, mimeType, text }))
  )
  await q.question('A1.07').dispatchEvent('dragover', { dataTransfer: transfer })
  await q.question('A1.07').dispatchEvent('drop', { dataTransfer: transfer })
  await expect(q.evidence('A1.07')).toHaveCount(before + 4)
  for (const file of dropped) {
    const item = q.evidence('A1.07', 'file').filter({ hasText: file.name })
    await expect(item.locator('[data-sha256]')).toHaveAttribute('data-sha256', sha256(file.bytes))
  }

  // Date and caption of the screenshot, by keyboard: Enter on "日期与说明" goes into the date.
  await pasted.getByRole('button', { name: '日期与说明' }).focus()
  await page.keyboard.press('Enter')
  const date = pasted.getByLabel('证据日期')
  await expect(date).toBeFocused()
  await date.fill('2025-06-30')
  // Tab walks the date's year, month and day, then reaches the caption.
  const caption = pasted.getByLabel('说明')
  for (let i = 0; i < 4 && !(await caption.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(caption).toBeFocused()
  await page.keyboard.type('6 月 30 日监控大屏：核心交易链路告警均已闭环')
  await page.keyboard.press('Enter')
  await expect(pasted.locator('[data-evidence-date]')).toHaveText('证据日期 2025-06-30')
  await expect(pasted.locator('[data-evidence-caption]')).toHaveText(
    '6 月 30 日监控大屏：核心交易链路告警均已闭环'
  )
  // A caption typed and left by Esc, without Enter, is kept too.
  const csv = q.evidence('A1.07', 'file').filter({ hasText: '告警统计.csv' })
  await csv.getByRole('button', { name: '日期与说明' }).click()
  await csv.getByLabel('说明').fill('6 月告警按日统计')
  await page.keyboard.press('Escape')
  await expect(csv.locator('[data-evidence-caption]')).toHaveText('6 月告警按日统计')
  await q.waitSaved()

  await page.reload()
  await expect(q.evidence('A1.07')).toHaveCount(before + 4)
  await expect(pasted.locator('[data-evidence-date]')).toHaveText('证据日期 2025-06-30')

  // The workbook: names with date and caption, and the SHA-256 on the same line of the next column.
  const download = await app.workspace.exportReport()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('评估明细')!
  const header = sheet.getRow(findRow(sheet, (value) => value === '证据 SHA-256'))
  const column = (title: string) =>
    (header.values as unknown[]).findIndex((value) => value === title)
  const row = sheet.getRow(findRow(sheet, (value) => value === 'A1.07'))
  const names = String(row.getCell(column('证据')).value).split('\n')
  const hashes = String(row.getCell(column('证据 SHA-256')).value).split('\n')
  const hashOf = (name: string) => hashes[names.findIndex((line) => line.startsWith(name))]
  expect(names).toContain(
    `${pastedName}（证据日期 2025-06-30；6 月 30 日监控大屏：核心交易链路告警均已闭环）`
  )
  expect(names).toContain('告警统计.csv（6 月告警按日统计）')
  expect(hashOf(pastedName)).toBe(pastedHash)
  for (const file of dropped) expect(hashOf(file.name)).toBe(sha256(file.bytes))
})

/** The number of the first row with a cell that `match`es. */
function findRow(sheet: ExcelJS.Worksheet, match: (value: unknown) => boolean): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if ((sheet.getRow(r).values as unknown[]).some(match)) return r
  }
  throw new Error(`no such row in ${sheet.name}`)
}
