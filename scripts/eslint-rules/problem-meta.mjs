// @ts-check

/**
 * The meta of every rule in this folder: each reports problems, takes no options, and says what it
 * keeps to and the messages (by id) it reports.
 * @param {string} description
 * @param {Record<string, string>} messages
 * @returns {import('eslint').Rule.RuleMetaData}
 */
export function problemMeta(description, messages) {
  return { type: 'problem', docs: { description }, messages, schema: [] }
}
