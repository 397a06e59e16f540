/**
 * Which text encoding a CSV file is in. Case systems and spreadsheets write UTF-8 (Excel's
 * "CSV UTF-8" adds a byte-order mark) or, on older Windows set-ups, Windows-1252, where "Zoë" is
 * the single byte 0xEB. Bytes that are not valid UTF-8 are read as Windows-1252, which every byte
 * sequence is, so the choice is never a guess between two readings that both work.
 */
export type TextEncodingName = 'UTF-8' | 'UTF-8 with byte-order mark' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasUtf16Bom = (b: Uint8Array) =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** How much of the start of a file is looked at to tell text from something else. */
const SNIFF_BYTES = 8192;

/**
 * Plain words on why these bytes are not a text file that can be imported (a spreadsheet or an
 * image renamed .csv, a UTF-16 file), or null. Text files hold no NUL bytes and few control
 * characters; binary formats are full of both near their start.
 */
export function notTextProblem(fileName: string, bytes: Uint8Array): string | null {
  if (hasUtf16Bom(bytes))
    return `“${fileName}” is saved as UTF-16 text, which this import does not read. Save it again as “CSV UTF-8” and import that.`;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return binaryMessage(fileName);
    // Tab, line feed, carriage return and form feed are the control characters text uses.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 20 ? binaryMessage(fileName) : null;
}

const binaryMessage = (fileName: string) =>
  `“${fileName}” is not a CSV file: it holds binary data, not text (it may be a spreadsheet or another file renamed .csv). Save it from the spreadsheet as CSV and import that.`;

/**
 * Windows-1252's bytes 0x80 to 0x9F (€, curly quotes, dashes, Š, Ž, Ÿ…), where it differs from
 * Latin-1. Browsers decode them; some runtimes (Node without full ICU, where the unit tests run)
 * give the Latin-1 control characters instead, so those are put right here. The five bytes
 * Windows-1252 leaves undefined stay as they are, as the WHATWG decoder has them.
 */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const fromC1 = (text: string) =>
  text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);

/** The file's text, and the encoding it was read in. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = hasUtf8Bom(bytes);
  try {
    // `fatal` makes invalid UTF-8 throw rather than become U+FFFD; the BOM is dropped.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'UTF-8 with byte-order mark' : 'UTF-8' };
  } catch {
    const text = fromC1(new TextDecoder('windows-1252').decode(bytes));
    return { text, encoding: 'Windows-1252' };
  }
}
