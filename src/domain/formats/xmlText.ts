/**
 * Text made safe for an XML 1.0 file (GraphML, GEXF). Names and notes are user text: they may hold
 * `<`, `&`, quotes, emoji, or a control character pasted from another program.
 */

// Characters XML 1.0 does not allow at all, even as a character reference: C0 controls but tab,
// line feed and carriage return; lone surrogates; U+FFFE and U+FFFF.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every character XML 1.0 cannot carry removed. They are removed rather than
 * replaced: they show nothing on screen, so a reader loses nothing they could have seen.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/**
 * Text as the content of an element. A carriage return is written as a reference, since a parser
 * would otherwise turn a Windows line end into a bare line feed.
 */
export function xmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Text as an attribute value in double quotes. Tabs and line ends are references, or a parser
 * would read each as a space (attribute value normalisation).
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
