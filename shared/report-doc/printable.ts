/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone
 * surrogates): shown as U+FFFD so the part stays well-formed and nothing else of the text changes.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** A user's or the report's text, made safe for an XML part: only ever text. */
export function printable(text: string): string {
  return text.replace(XML_INVALID, '\ufffd')
}
