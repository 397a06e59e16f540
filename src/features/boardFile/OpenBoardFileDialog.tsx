import { useEffect, useRef, useState } from 'react';
import type { OpenedBoardFile } from '../../domain/formats/boardFile/format';
import type { OpenChoice } from '../../domain/formats/boardFile/openPlans';
import { readBoardFile, type ReadResult } from '../../domain/formats/boardFile/readBoardFile';
import { Dialog } from '../../ui/Dialog';
import { BackupStep } from './BackupStep';
import { ChooseStep } from './ChooseStep';
import { LockedStep } from './LockedStep';
import { commitOpen, notifyOpened, prepareBoards, type PreparedBoard } from './openFlow';
import { withPlainPictures } from './plainPictures';
import { RefusedStep } from './RefusedStep';

type Locked = Extract<ReadResult, { state: 'locked' }>;
type Chosen = { board: PreparedBoard; choice: OpenChoice }[];

type Step =
  | { name: 'reading'; done: number; total: number }
  | { name: 'locked'; locked: Locked; busy: boolean }
  | { name: 'refused'; problems: string[] }
  | { name: 'choose'; file: OpenedBoardFile; boards: PreparedBoard[]; busy: boolean };

/** The flow's steps outside React: each moves the dialog on, until it is closed (`stop`). */
function openingFlow(file: File, show: (step: Step) => void, close: () => void) {
  let live = true;
  const showIfLive = (step: Step): void => {
    if (live) show(step);
  };

  /** Writes the chosen boards, one command each, and says what came in. */
  const commit = async (fileName: string, chosen: Chosen) => {
    const done: { choice: OpenChoice; title: string }[] = [];
    for (const { board, choice } of chosen) {
      const result = await commitOpen(choice, board.incoming);
      if (!result.ok) {
        notifyOpened(fileName, done);
        return showIfLive({ name: 'refused', problems: [result.message] });
      }
      const title = board.incoming.board.title;
      done.push({ choice, title: choice === 'copy' ? `Copy of ${title}`.slice(0, 120) : title });
    }
    notifyOpened(fileName, done);
    if (live) close();
  };

  const handle = async (result: ReadResult): Promise<void> => {
    // A dialog closed meanwhile writes nothing.
    if (!live) return;
    if (result.state === 'refused')
      return showIfLive({ name: 'refused', problems: result.problems });
    if (result.state === 'locked')
      return showIfLive({ name: 'locked', locked: result, busy: false });
    // Background images come in as plain pictures only (an SVG is redrawn as one).
    const pictured = await withPlainPictures(result.file);
    if (!pictured.ok) return showIfLive({ name: 'refused', problems: pictured.problems });
    const opened = pictured.file;
    const boards = await prepareBoards(opened);
    if (!live) return;
    const [only] = boards;
    // A board not on this device (and using no id of another board here) comes straight in.
    if (opened.contents === 'board' && only && !only.here && only.idsTaken === 0)
      return commit(opened.fileName, [{ board: only, choice: 'add' }]);
    showIfLive({ name: 'choose', file: opened, boards, busy: false });
  };

  return {
    start: () =>
      void readBoardFile(file, file.name, {
        onProgress: (done, total) => showIfLive({ name: 'reading', done, total }),
      }).then(handle),
    unlock: (locked: Locked, passphrase: string) => {
      showIfLive({ name: 'locked', locked, busy: true });
      void locked.unlock(passphrase).then(handle);
    },
    confirm: (step: Extract<Step, { name: 'choose' }>, chosen: Chosen) => {
      showIfLive({ ...step, busy: true });
      void commit(step.file.fileName, chosen);
    },
    stop: () => {
      live = false;
    },
  };
}

/**
 * Opening a board file: read and check all of it (nothing is stored until then), ask for its
 * passphrase if it has one, then add the board, or (already here, or a backup) let the user
 * choose, seeing what will change, and write each board as one command.
 */
export function OpenBoardFileDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'reading', done: 0, total: file.size });
  const flow = useRef<ReturnType<typeof openingFlow> | null>(null);
  const name = file.name;

  useEffect(() => {
    const started = openingFlow(file, setStep, onClose);
    flow.current = started;
    started.start();
    return started.stop;
  }, [file, onClose]);

  const title =
    step.name === 'refused'
      ? `“${name}” was not opened`
      : step.name === 'choose' && step.file.contents === 'backup'
        ? `Open the backup “${name}”`
        : `Open “${name}”`;

  return (
    <Dialog title={title} open onClose={onClose} alert={step.name === 'refused'}>
      {step.name === 'reading' && (
        <div role="status">
          <p>Reading and checking the file before anything is stored…</p>
          <progress value={step.done} max={step.total || 1} aria-label="Reading the file" />
        </div>
      )}
      {step.name === 'locked' && (
        <LockedStep
          wrongPassphrase={step.locked.wrongPassphrase}
          busy={step.busy}
          onUnlock={(passphrase) => flow.current?.unlock(step.locked, passphrase)}
          onClose={onClose}
        />
      )}
      {step.name === 'refused' && <RefusedStep problems={step.problems} onClose={onClose} />}
      {step.name === 'choose' && step.file.redaction && (
        <p className="board-file-redaction">This file is redacted. {step.file.redaction}</p>
      )}
      {step.name === 'choose' && step.file.contents === 'board' && step.boards[0] && (
        <ChooseStep
          board={step.boards[0]}
          savedAt={step.file.savedAt}
          busy={step.busy}
          onConfirm={(choice) => flow.current?.confirm(step, [{ board: step.boards[0]!, choice }])}
          onClose={onClose}
        />
      )}
      {step.name === 'choose' && step.file.contents === 'backup' && (
        <BackupStep
          boards={step.boards}
          busy={step.busy}
          onConfirm={(chosen) => flow.current?.confirm(step, chosen)}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}
