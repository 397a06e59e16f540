/** What separates the cells of a row: the three that spreadsheets and case systems write. */
export const delimiters = [
  { key: ',', label: 'Commas' },
  { key: ';', label: 'Semicolons' },
  { key: '\t', label: 'Tabs' },
] as const;
export type Delimiter = (typeof delimiters)[number]['key'];

export const delimiterLabel = (d: Delimiter): string =>
  delimiters.find((x) => x.key === d)?.label.toLowerCase() ?? d;

/** How often each delimiter appears outside quotes on each of the first lines. */
function countsPerLine(text: string, lines: number): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(delimiters.map((d) => [d.key, [0]]));
  let quoted = false;
  let line = 0;
  for (let i = 0; i < text.length && line < lines; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) {
      const list = counts.get(c)!;
      list[list.length - 1]! += 1;
    }
  }
  // A last line without its own newline, or an empty one after the final newline.
  for (const list of counts.values()) if (list.length > 1 && list.at(-1) === 0) list.pop();
  return counts;
}

/**
 * Guesses the delimiter from the first lines: the one found on the header line that appears as
 * often on the lines after it (a name like "Smith, Jo" in quotes does not count). Semicolons win a
 * tie with commas, since files that use them (Excel in much of Europe) write decimal commas.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = countsPerLine(text, 20);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const { key } of [delimiters[2], delimiters[1], delimiters[0]]) {
    const list = counts.get(key)!;
    const header = list[0] ?? 0;
    if (header === 0) continue;
    const steady = list.slice(1).filter((n) => n === header).length;
    // Lines agreeing with the header count most; then how many columns it makes.
    const score = steady * 1000 + header;
    if (score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}
