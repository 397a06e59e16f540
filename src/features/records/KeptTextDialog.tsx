import { useEffect, useRef, useState } from 'react';
import { runCommand } from '../../commands/bus';
import { saveKeptText } from '../../commands/records/saveKeptText';
import type { BoardContent } from '../../db/boardContent';
import { useStatus } from '../../state/statusStore';
import { forgetTypedText, typedTextOf } from '../../state/typedText';
import { Dialog } from '../../ui/Dialog';
import { verdictOn, type HandedBack } from './keptText';

/**
 * Keeps what the user typed: saves text typed just before a reload when the board opens again,
 * and hands back, for copying, text that could not be saved (its record deleted in another tab,
 * or its field changed there since).
 */
export function KeptTextDialog({ content }: { content: BoardContent }) {
  const [handedBack, setHandedBack] = useState<HandedBack[]>([]);
  const opened = useRef(false);

  useEffect(() => {
    const opening = !opened.current;
    opened.current = true;
    const back: HandedBack[] = [];
    for (const entry of typedTextOf(content.board.id)) {
      const verdict = verdictOn(content, entry, opening);
      if (verdict.kind === 'forget') forgetTypedText(entry);
      else if (verdict.kind === 'handBack') back.push({ entry, reason: verdict.reason });
      else if (verdict.kind === 'save') {
        const { table, value } = verdict;
        void runCommand(saveKeptText({ ...entry, table, value })).then((result) => {
          if (result.ok) {
            forgetTypedText(entry);
            useStatus.getState().notify({
              tone: 'info',
              text: `Saved what you typed in ${entry.label} before the page was closed.`,
            });
          } else {
            setHandedBack((shown) => [...shown, { entry, reason: result.message }]);
          }
        });
      }
    }
    if (back.length)
      setHandedBack((shown) => [
        ...shown,
        ...back.filter((b) => !shown.some((s) => sameKey(s, b))),
      ]);
  }, [content]);

  const close = () => {
    for (const b of handedBack) forgetTypedText(b.entry);
    setHandedBack([]);
  };

  return (
    <Dialog title="Text that was not saved" open={handedBack.length > 0} onClose={close}>
      <p>Copy what you need before closing: this text is not stored anywhere else.</p>
      {handedBack.map((b) => (
        <HandedBackText key={keyOf(b)} handedBack={b} />
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

function HandedBackText({ handedBack: { entry, reason } }: { handedBack: HandedBack }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(entry.text);
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      area.current?.select();
      return;
    }
    setCopied(true);
  };
  return (
    <section className="kept-text">
      <p>{reason}</p>
      <label>
        What you typed in {entry.label}
        <textarea
          ref={area}
          readOnly
          value={entry.text}
          rows={Math.min(8, 2 + entry.text.length / 60)}
        />
      </label>
      <button type="button" onClick={() => void copy()}>
        {copied ? `Copied ${entry.label}` : `Copy ${entry.label}`}
      </button>
    </section>
  );
}

const keyOf = ({ entry: e }: HandedBack) => `${e.table}/${e.id}/${e.field}`;
const sameKey = (a: HandedBack, b: HandedBack) => keyOf(a) === keyOf(b);
