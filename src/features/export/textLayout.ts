/**
 * Text measured without a browser: an export is built as a plain string (and unit-tested in jsdom,
 * which has no text metrics), so widths are estimated from an average glyph width of the system
 * sans-serif. The estimate errs wide so that text never runs outside its box.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.6 : 0.55);
}

/** The text cut to at most `max` characters, with an ellipsis when cut (as the canvas does). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/**
 * Wraps text into lines of at most `perLine` characters, breaking between words where it can and
 * keeping the author's own line breaks. A word longer than a line is split.
 */
export function wrapText(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > perLine) {
        if (line) lines.push(line);
        line = '';
        lines.push(rest.slice(0, perLine));
        rest = rest.slice(perLine);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** At most `max` lines, the last ending in an ellipsis when lines were dropped. */
export function firstLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').trimEnd()}…`;
  return kept;
}
