/**
 * Writes docs/schema/assessment.schema.json and docs/schema/bank.schema.json from the zod schemas.
 * Run after changing a schema: `npx tsx scripts/generate-schemas.ts` (add `--check` to only compare).
 * shared/assessment/json-schema.test.ts fails while a committed file differs from a fresh run.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { assessmentJsonSchema, bankJsonSchema } from '../shared/assessment/json-schema'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Each schema file's path (relative to the repository) and its exact expected text. */
export async function renderSchemaFiles(): Promise<Array<{ path: string; text: string }>> {
  const files = [
    { path: 'docs/schema/assessment.schema.json', schema: assessmentJsonSchema() },
    { path: 'docs/schema/bank.schema.json', schema: bankJsonSchema() }
  ]
  return Promise.all(
    files.map(async ({ path, schema }) => {
      // Formatted like every other file in the repository, so `prettier --check` passes.
      const config = (await prettier.resolveConfig(resolve(root, path))) ?? {}
      const text = await prettier.format(JSON.stringify(schema), { ...config, parser: 'json' })
      return { path, text }
    })
  )
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const { path, text } of await renderSchemaFiles()) {
    const target = resolve(root, path)
    const current = await readFile(target, 'utf8').catch(() => null)
    if (current === text) {
      console.log(`${path}: up to date`)
    } else if (check) {
      console.error(`${path}: out of date (run npx tsx scripts/generate-schemas.ts)`)
      stale++
    } else {
      await writeFile(target, text, 'utf8')
      console.log(`${path}: written`)
    }
  }
  if (stale > 0) process.exitCode = 1
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main()
