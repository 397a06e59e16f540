/**
 * Reading an XML file someone chose, safely. Network files (GraphML, GEXF) never need a document
 * type declaration, and one is how XML attacks work: entity expansion ("billion laughs") and
 * external entities that read local files or reach the network. A file with one is refused
 * before any XML parser sees it.
 */

export interface FileProblem {
  /** Where in the file: "line 12", "edge e5", "node n3". */
  where: string;
  /** What is wrong, in plain words. */
  what: string;
}

export class FileRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: readonly FileProblem[],
  ) {
    const first = problems[0];
    super(first ? `${fileName}: ${first.where ? `${first.where}: ` : ''}${first.what}` : fileName);
    this.name = 'FileRefused';
  }
}

/** The 1-based line of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Parses `text` as XML, or throws `FileRefused` naming the line: a declared document type or
 * entity, or XML that is not well formed (the browser's parser reports its own line and column).
 */
export function parseXmlFile(fileName: string, text: string): Document {
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (declaration) {
    throw new FileRefused(fileName, [
      {
        where: `line ${lineAt(text, declaration.index)}`,
        what:
          `the file declares ${declaration[1]!.toUpperCase() === 'ENTITY' ? 'an XML entity' : 'a document type'}, ` +
          'which network files do not need and which can be used to attack the computer reading it, so it is not read',
      },
    ]);
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chromium: "This page contains the following errors:error on line 3 at column 5: ..."
    const message = error.textContent ?? '';
    const at = /line (\d+) at column (\d+):\s*([^\n]*)/.exec(message);
    throw new FileRefused(fileName, [
      at
        ? {
            where: `line ${at[1]}, column ${at[2]}`,
            what: `the XML is not well formed (${at[3]!.trim()})`,
          }
        : { where: '', what: 'the XML is not well formed (it may be cut short or not XML at all)' },
    ]);
  }
  return doc;
}
