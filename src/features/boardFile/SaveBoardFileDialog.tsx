import { useState, type FormEvent } from 'react';
import { BoardFileTooLarge } from '../../domain/formats/boardFile/writeBoardFile';
import type { Board } from '../../domain/kinds/board';
import { useStatus } from '../../state/statusStore';
import { Dialog } from '../../ui/Dialog';
import { download } from '../../ui/download';
import { noPassphrase, passphraseProblems, type PassphraseEntry } from './passphrase';
import { PassphraseFields } from './PassphraseFields';
import { RedactionChoice, redactionOf, type RedactionKey } from './RedactionChoice';
import { makeBoardFile, type MadeFile } from './saveFile';

interface Props {
  /** The board to save, or null to back up every board. */
  board: Board | null;
  onClose: () => void;
}

function savedMessage(made: MadeFile, what: string, protectedFile: boolean): string {
  const leftOut =
    made.leftOut > 0
      ? ` ${made.leftOut} stored record${made.leftOut === 1 ? '' : 's'} that could not be read ${made.leftOut === 1 ? 'was' : 'were'} left out.`
      : '';
  const lock = protectedFile ? ' It opens only with its passphrase.' : '';
  return `Saved ${what} to “${made.fileName}”.${lock}${leftOut}`;
}

/** "Save board to file" and "Back up every board": how, then the download. */
export function SaveBoardFileDialog({ board, onClose }: Props) {
  const [redaction, setRedaction] = useState<RedactionKey>('none');
  const [passphrase, setPassphrase] = useState<PassphraseEntry>(noPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy || Object.keys(passphraseProblems(passphrase)).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const made = await makeBoardFile(board?.id ?? null, {
        redaction: board ? redactionOf(redaction, board) : null,
        passphrase: passphrase.protect ? passphrase.first : null,
      });
      download(made.blob, made.fileName);
      const what = board
        ? `“${board.title}”`
        : `${made.boards} board${made.boards === 1 ? '' : 's'}`;
      useStatus
        .getState()
        .notify({ tone: 'info', text: savedMessage(made, what, passphrase.protect) });
      onClose();
    } catch (err) {
      const reason =
        err instanceof BoardFileTooLarge || err instanceof Error ? err.message : String(err);
      setError(`The file was not saved. ${reason}`);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={board ? `Save “${board.title}” to file` : 'Back up every board'}
      open
      onClose={onClose}
    >
      <form onSubmit={(e) => void save(e)} noValidate className="board-file-form">
        <p>
          {board
            ? 'One file holding the whole board: people, groups, associations, places, incidents, actions, notes, meetings and snapshots, the layout, the change log and any stored map. Open it again with “Open board file”, here or on another device.'
            : 'One file holding every board on this device, with their change logs and stored maps. Open it with “Open board file” to bring boards back.'}
        </p>
        {board && <RedactionChoice board={board} value={redaction} onChange={setRedaction} />}
        <PassphraseFields entry={passphrase} onChange={setPassphrase} showProblems={tried} />
        <p className="field-hint">
          The file is saved to this device’s downloads. Keep it as carefully as the board itself.
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? 'Saving…' : board ? 'Save file' : 'Save backup'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
