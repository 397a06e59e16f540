import type { CaptureRefusal } from '../../domain/capture';

/** The line split into plain text and the words not understood, in the order they were typed. */
export function markedParts(
  line: string,
  words: readonly string[],
): { text: string; marked: boolean }[] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const w of words) {
    const at = line.indexOf(w, from);
    if (!w || at < 0) continue;
    ranges.push([at, at + w.length]);
    from = at + w.length;
  }
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: line.slice(at, start), marked: false });
    parts.push({ text: line.slice(start, end), marked: true });
    at = end;
  }
  if (at < line.length) parts.push({ text: line.slice(at), marked: false });
  return parts;
}

/**
 * Why a line was not recorded, under the box: the reason, and the line as typed with the words not
 * understood marked. Everything is text; nothing typed is ever read as HTML.
 */
export function RefusedLine({
  id,
  line,
  refusal,
}: {
  id: string;
  line: string;
  refusal: CaptureRefusal;
}) {
  const parts = markedParts(line, refusal.words);
  return (
    <div id={id} className="capture-line-refusal" role="alert">
      <p>
        <strong>Not recorded:</strong> {refusal.problem}. Nothing was stored.
      </p>
      {refusal.words.length > 0 && (
        <p className="capture-line-said">
          {parts.map((p, i) =>
            p.marked ? (
              <mark key={i} title="Not understood">
                {p.text}
              </mark>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
        </p>
      )}
    </div>
  );
}
