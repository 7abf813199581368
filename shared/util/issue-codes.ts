/**
 * Every problem a reader of input files (packages, backups, banks, assessment files, questionnaire
 * workbooks) reports in its own words, as a stable code with an English template. The English text
 * is the issue's `message` (the command line and logs print it); the app shows the code's text in
 * the interface language (renderer/src/i18n/locales/features/reader-issues.ts, which must cover
 * every code here: a unit test enumerates them). `{{name}}` stands for a parameter.
 *
 * Codes are `<area>.<name>`; zod's schema problems map to the `zod.*` codes by zod's issue code.
 */
export const ISSUE_TEMPLATES = {
  zod: {
    required: 'required (expected {{expected}})',
    invalidType: 'expected {{expected}}, received {{received}}',
    invalidValue: 'expected one of {{values}}',
    tooLong: 'too long (at most {{maximum}} characters)',
    tooMany: 'too many entries (at most {{maximum}})',
    tooBig: 'too large (at most {{maximum}})',
    notBelow: 'must be less than {{maximum}}',
    empty: 'must not be empty',
    tooShort: 'too short (at least {{minimum}} characters)',
    tooFew: 'too few entries (at least {{minimum}})',
    tooSmall: 'too small (at least {{minimum}})',
    notAbove: 'must be more than {{minimum}}',
    notInteger: 'must be a whole number',
    invalidFormat: 'not a valid {{format}}',
    invalidPattern: 'does not have the expected form',
    invalidDateTime: 'not a date and time such as 2025-07-01T09:00:00+08:00',
    unknownKeys: 'unknown field(s) {{keys}}',
    invalidUnion: 'matches none of the allowed forms',
    invalid: 'invalid value'
  },
  json: {
    keyNotAllowed: 'the key "{{key}}" is not allowed',
    tooLarge: 'too large: {{size}} (the limit is {{limit}})',
    empty: 'the file is empty',
    syntax: 'invalid JSON: {{detail}}'
  },
  assessment: {
    notObject: 'not a Stability Assessor assessment file (expected a JSON object)',
    notAssessment: 'not a Stability Assessor assessment file (kind is "{{kind}}")',
    noKind: 'not a Stability Assessor assessment file (no "kind" field)',
    versionMissing: 'formatVersion is missing',
    versionInvalid: 'formatVersion must be a whole number ≥ 1, got {{found}}',
    versionNewer:
      'formatVersion {{version}} is newer than this app supports ({{supported}}); update the app to open this file',
    valueType: 'expected a number, a text, a list of ids or null',
    naJustification: 'an N/A answer needs a justification',
    evidenceIdTwice: '{{owner}}: evidence id "{{id}}" is used twice',
    otherBank: 'the assessment was made for bank "{{expected}}", not "{{found}}"',
    otherBankVersion:
      'the assessment was made for version {{expected}} of bank "{{id}}", not {{found}}',
    otherBankContent:
      'bank "{{id}}" {{version}} has different content than the assessment was made for (expected hash {{expected}}…, this bank has {{found}}…)',
    naNotAllowed: '{{question}}: this question does not allow N/A',
    naNeedsJustification: '{{question}}: an N/A answer needs a justification',
    naHasValue: '{{question}}: an N/A answer has no value (found {{found}})',
    unknownInput: '{{factor}}: "{{input}}" is not an input of this factor (inputs: {{inputs}})',
    notFinite: '{{factor}}.{{input}}: must be a finite number',
    belowMin: '{{factor}}.{{input}}: {{value}} is below the minimum {{min}}',
    negative: '{{factor}}.{{input}}: {{value}} is below the minimum 0 (no negative values)',
    aboveMax: '{{factor}}.{{input}}: {{value}} is above the maximum {{max}}',
    notWhole: '{{factor}}.{{input}}: must be a whole number (a count), got {{value}}',
    constraint: '{{factor}}: {{left}} ({{leftValue}}) must be {{op}} {{right}} ({{rightValue}})',
    unknownQuestion: '{{question}}: no such question in bank {{bank}}',
    answeredTwice: '{{question}}: answered twice (first at assessment.answers[{{first}}])',
    unknownFactor: '{{factor}}: no such factor in bank {{bank}}',
    enteredTwice: '{{factor}}: entered twice (first at assessment.factors[{{first}}])',
    unknownFindingQuestion: '{{finding}}: no such question "{{target}}" in bank {{bank}}',
    unknownFindingFactor: '{{finding}}: no such factor "{{target}}" in bank {{bank}}',
    findingTwice: '{{finding}}: recorded twice (first at assessment.findings[{{first}}])'
  },
  form: {
    notOneOf: '{{value}} is not one of {{choices}}',
    maturityNotOneOf:
      '{{value}} is not one of {{choices}} (a level 0–4; the leading digit is enough)',
    maturityMismatch:
      '{{value}}: the level {{level}} does not match the name {{name}} (level {{named}}); keep one of {{choices}}',
    multiNotOneOf: '{{value}} is not one of {{choices}} (separate several with ；)',
    chosenTwice: '{{value}} is chosen twice',
    exclusive: '{{value}} excludes every other option but is chosen together with others',
    textTooLong: 'holds {{length}} characters; a text answer may hold at most {{maximum}}',
    evidenceInAnswer:
      'an evidence question is answered in the evidence column; leave the answer empty',
    evidenceInAnswerNA:
      'an evidence question is answered in the evidence column; leave the answer empty (or 不适用 / N/A)',
    notNumber: 'must be a number{{unit}}, got {{value}}',
    notWhole: 'must be a whole number, got {{value}}',
    notCount: 'must be a whole number (a count), got {{value}}',
    belowMin: 'must be at least {{minimum}}, got {{value}}',
    aboveMax: 'must be at most {{maximum}}, got {{value}}',
    notPercentage: 'must be a percentage from 0 to 100 (85 for 85%), got {{value}}',
    invalidDate: 'the cell holds an invalid date',
    notDate: 'must be a date as YYYY-MM-DD, got {{value}}',
    notRealDate: '{{date}} is not a real calendar date',
    naNotAllowed: 'this question does not allow N/A (不适用); give an answer',
    naNeedsJustification: 'N/A (不适用) needs a justification in this cell',
    justificationWithoutNA:
      'a justification is read only when the answer is N/A (不适用); clear it or choose N/A',
    tooLong: 'holds {{length}} characters; at most {{maximum}}',
    unknownFile:
      "{{name}} is not a file of this answer; files cannot be attached in the form: write the document's name without [附件]/[file], or attach the file in the app",
    evidenceNameTooLong: 'a name holds {{length}} characters; at most {{maximum}}',
    tooManyNames: 'lists {{count}} names; at most {{maximum}}',
    questionIdMissing: 'the question id is missing; ids must not be cleared or changed',
    unknownQuestion: 'unknown question id {{id}}; ids must not be changed',
    questionTwice: 'question {{id}} appears twice (first in row {{first}})',
    rowOfOtherQuestion: 'this row was exported for question {{id}}; ids must not be changed',
    cannotStore: 'cannot be stored: {{detail}}',
    idMissing: 'the id is missing; ids must not be cleared or changed',
    unknownFactor: 'unknown factor id {{id}}; ids must not be changed',
    notInput: '{{input}} is not an input of factor {{factor}} (inputs: {{inputs}})',
    inputTwice: 'input {{factor}} {{input}} appears twice (first in row {{first}})',
    rowOfOtherInput: 'this row was exported for {{key}}; ids must not be changed',
    commentOnFirstRow: "the factor's comment goes on its first row (input {{input}})",
    constraint: '{{left}} ({{leftValue}}) must be {{op}} {{right}} ({{rightValue}})',
    factorCannotStore: 'factor {{factor}} cannot be stored: {{detail}}',
    formula: 'formulas are not allowed in the form; type the value itself',
    tooManySheets: 'has {{count}} sheets; at most {{maximum}} are read',
    notPartOfForm: 'this sheet is not part of the form; its content is not imported',
    secondSheet: 'a second "{{name}}" sheet',
    missingSheet: 'missing sheet; export a new form from the app',
    unreadable: 'cannot be read as an .xlsx workbook: {{detail}}',
    otherBankOfAssessment:
      'assessment {{id}} was made with bank {{bank}} {{version}}, not with {{otherBank}} {{otherVersion}}',
    unknownField: 'unknown field {{field}}; the metadata sheet must not be edited',
    fieldTwice: 'the field "{{field}}" appears twice',
    fieldMissing: 'the field "{{field}}" is missing; the metadata sheet must not be edited',
    notForm: 'this workbook is not a questionnaire form of Stability Assessor (form kind {{kind}})',
    newerLayout:
      'the form was made by a newer version of the app (layout {{version}}); update the app to import it',
    unknownLayout: 'unknown form layout version {{version}}',
    otherAssessment:
      'this form belongs to assessment "{{id}}"{{institution}}, not to "{{assessment}}" ({{ownInstitution}}); export a form from this assessment or open the right one',
    otherBank: 'the form was made for bank "{{formBank}}"; this assessment uses bank "{{bank}}"',
    otherBankVersion:
      'the form was made for version {{formVersion}} of bank "{{bank}}"; this assessment uses version {{version}}. Export a new form',
    otherBankContent:
      'the form was made for other content of bank "{{bank}}" {{version}} ({{formHash}}; this assessment\'s bank is {{hash}}). Export a new form'
  },
  answer: {
    maturity: '{{question}}: a maturity level must be a whole number from 0 to 4, got {{found}}',
    yesPartialNo: '{{question}}: the answer must be "yes", "partial" or "no", got {{found}}',
    oneOption: '{{question}}: the answer must be one option id, got {{found}}',
    notOption: '{{question}}: "{{value}}" is not an option (options: {{options}})',
    optionList: '{{question}}: the answer must be a list of option ids, got {{found}}',
    notOptions: '{{question}}: {{values}} not an option (options: {{options}})',
    chosenTwice: '{{question}}: an option is chosen more than once',
    exclusive:
      '{{question}}: "{{option}}" excludes every other option but is chosen together with others',
    number: '{{question}}: the answer must be a number, got {{found}}',
    wholeNumber: '{{question}}: the answer must be a whole number, got {{value}}',
    belowMin: '{{question}}: {{value}} is below the minimum {{min}}',
    aboveMax: '{{question}}: {{value}} is above the maximum {{max}}',
    percentage: '{{question}}: the answer must be a percentage, got {{found}}',
    percentRange: '{{question}}: a percentage must lie between 0 and 100, got {{value}}',
    date: '{{question}}: the answer must be a real date as YYYY-MM-DD, got {{found}}',
    text: '{{question}}: the answer must be a text, got {{found}}',
    evidence:
      '{{question}}: an evidence question is answered with evidence references only; its value must be null, got {{found}}'
  },
  xlsx: {
    tooBig: 'the file is {{size}} bytes; a form may be at most {{max}}',
    notZip: 'not an .xlsx workbook (it does not start like a zip file)',
    noDirectory: 'the zip directory is missing (the file is truncated or not a zip)',
    zip64: 'a ZIP64 archive; a form is far smaller than that',
    split: 'a multi-disk (split) zip cannot be read',
    tooManyEntries: 'holds {{count}} files; an .xlsx form holds at most {{max}}',
    directoryDamaged: 'the zip directory is damaged',
    outside: 'the zip entry {{name}} points outside the archive',
    macros: 'the workbook contains macros (.xlsm); save it as a plain .xlsx workbook',
    encrypted: 'the workbook is encrypted; save it without a password',
    method: 'the zip entry {{name}} uses an unsupported compression method {{method}}',
    entryTwice: 'the zip entry {{name}} appears twice',
    entryDamaged: 'the zip entry {{name}} is damaged',
    entryTruncated: 'the zip entry {{name}} is truncated',
    bomb: 'the workbook unpacks to more than {{max}} bytes (a zip bomb?)',
    sizeMismatch: 'the zip entry {{name}} unpacks to {{size}} bytes but declares {{declared}}',
    validations:
      '{{part}}: drop-down lists or validations cover {{cells}} cells; at most {{max}} are read',
    merged: '{{part}}: merged cells cover {{cells}} cells; at most {{max}} are read',
    named: 'named ranges (print areas, filters) cover {{cells}} cells; at most {{max}} are read'
  },
  package: {
    tooLarge: 'too large: {{size}} (the limit is {{limit}})',
    notZipShort: 'not a Stability Assessor package (not a zip file: only {{size}} bytes)',
    notZipStart:
      'not a Stability Assessor package (not a zip file: it does not start with a zip entry)',
    noEndRecord: 'the zip has no end-of-central-directory record: the file is truncated or damaged',
    zip64: 'ZIP64 archives are not supported (a package is never that large)',
    split: 'split (multi-part) zip archives are not supported',
    tooManyEntries: 'too many entries: {{count}} (the limit is {{limit}})',
    centralMisplaced:
      'the central directory is not where the end record says: the file is truncated, damaged or has data in front',
    recordDamaged: 'central directory record {{index}} of {{count}} is damaged',
    centralExtra: 'the central directory holds more than its entries',
    encrypted: 'encrypted entries are not supported',
    method: 'compression method {{method}} is not supported (only stored and deflate)',
    zip64Entry: 'ZIP64 entries are not supported',
    storedSizes: 'a stored entry whose sizes disagree ({{stored}} stored, {{declared}} declared)',
    localMissing: 'its local header is missing or damaged',
    localMismatch: 'its local header does not match the central directory',
    localName: 'its local header names a different file than the central directory',
    localMethod: 'its local header and the central directory disagree on the compression method',
    localSizeCrc: 'its local header and the central directory disagree on its size or CRC',
    dataPastEnd: 'its data runs past the end of the entries: the file is truncated or damaged',
    overlap: 'its data overlaps "{{other}}" (a zip bomb)',
    crc: 'its CRC-32 does not match: the data is damaged',
    inflateBomb:
      'it inflates to more than its declared {{declared}} bytes (a zip bomb or a damaged file)',
    inflateDamaged: 'its compressed data is damaged ({{detail}})',
    inflateShort:
      'it inflates to {{written}} bytes, not the declared {{declared}}: the data is damaged',
    nameEmpty: 'an entry has an empty name',
    nameNul: 'the name contains a NUL byte',
    nameBackslash: 'the name contains a backslash (zip paths use "/")',
    nameDrive: 'the name starts with a drive letter (an absolute path)',
    nameAbsolute: 'the name is an absolute path',
    nameTraversal: 'the name climbs out of the package ("..", path traversal)',
    nameSegment: 'the name has an empty or "." path segment',
    nameChars: 'the name contains control characters or non-ASCII bytes (package names are ASCII)',
    nameLong: 'the name is longer than {{maximum}} characters',
    duplicate: 'the package holds this name twice',
    layout:
      'not part of the package layout (manifest.json, assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json)',
    folderData: 'a folder entry that holds data',
    entryTooLarge: 'too large: {{size}} uncompressed (the limit is {{limit}})',
    ratio: 'compressed {{ratio}}:1, more than the {{limit}}:1 a real file reaches (a zip bomb)',
    totalTooLarge: 'too large: the parts add up to {{size}} uncompressed (the limit is {{limit}})',
    noManifest: 'manifest.json is missing: this is not a Stability Assessor package',
    notUtf8: 'not valid UTF-8 text',
    manifestNotObject: 'not a package manifest (expected an object)',
    notPackage: 'not a Stability Assessor package (kind is "{{kind}}")',
    notPackageNoKind: 'not a Stability Assessor package (no "kind" field)',
    internal: 'internal error while reading the package: {{detail}}',
    listedTwice: '"{{path}}" is listed twice',
    notPartPath: '"{{path}}" is not a package part path',
    wrongRole: '"{{path}}" is a {{role}}, not a {{listed}}',
    evidenceFieldsOnly: 'name and mimeType belong to evidence parts only',
    partMissing: 'listed in manifest.json but missing from the package',
    partSize: '{{size}} bytes, but manifest.json says {{listed}}',
    partHash:
      'its SHA-256 is {{actual}}, but manifest.json says {{listed}}: the file was changed or damaged',
    evidenceName: 'an evidence file must be named after its SHA-256',
    notListed: 'in the package but not in manifest.json',
    partTooLarge: 'too large',
    assessmentId: 'the assessment inside is "{{inside}}", not "{{named}}" as its name says',
    bankName: 'the bank inside is {{id}} {{version}}, which its name does not say',
    fileMissing: 'the file "{{name}}" is not in the package (evidence/{{sha256}})',
    fileSize: 'the file "{{name}}" is {{size}} bytes in the package, not {{listed}}',
    fileUnused: 'no assessment in the package refers to this file',
    bankHash:
      'answered against {{id}} {{version}} with content hash {{hash}}, but {{other}} has content hash {{otherHash}}',
    bankUnused: 'no assessment in the package uses this bank'
  }
} as const

type Templates = typeof ISSUE_TEMPLATES
/** `package.tooLarge`, `zod.required`, … */
export type IssueCode = {
  [Area in keyof Templates]: `${Area & string}.${keyof Templates[Area] & string}`
}[keyof Templates]

export type IssueParams = Readonly<Record<string, string | number>>

/** A reader's problem without its place: code, parameters and the English text. */
export interface IssueText {
  code: IssueCode
  params?: IssueParams
  message: string
}

/** Every code, for tests that check each has its text in every language. */
export function allIssueCodes(): IssueCode[] {
  return Object.entries(ISSUE_TEMPLATES).flatMap(([area, names]) =>
    Object.keys(names).map((name) => `${area}.${name}` as IssueCode)
  )
}

/** The English template of a code. */
export function issueTemplate(code: IssueCode): string {
  const [area, name] = code.split('.') as [keyof Templates, string]
  return (ISSUE_TEMPLATES[area] as Record<string, string>)[name]!
}

/** Fills `{{name}}` placeholders; an unknown one stays as it is. */
export function fillTemplate(template: string, params: IssueParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole
  )
}

/** A problem by code: its English `message` is the code's template filled with `params`. */
export function issueText(code: IssueCode, params?: IssueParams): IssueText {
  const message = fillTemplate(issueTemplate(code), params)
  return params === undefined ? { code, message } : { code, params, message }
}
