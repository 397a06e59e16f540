import { useId, useState, type FormEvent } from 'react';
import type { RunResult } from '../../../commands/bus';
import {
  IMAGE_MAX_BYTES,
  IMAGE_MAX_SIDE,
  PMTILES_MAX_BYTES,
  sizeInWords,
  tileHost,
  tileTemplateProblem,
} from '../../../domain/basemap';
import { PICTURE_MAX_SIDE } from '../../../domain/basemapPicture';
import type { Board } from '../../../domain/kinds/board';
import { Dialog } from '../../../ui/Dialog';
import { chooseImageFile, choosePmtilesFile, chooseTiles } from './basemapActions';

export type FileOrServerKind = 'tiles' | 'pmtiles' | 'image';

const titles: Record<FileOrServerKind, string> = {
  tiles: 'Use map tiles from a server',
  pmtiles: 'Use an offline map file',
  image: 'Use an image as the background',
};

interface Props {
  kind: FileOrServerKind;
  board: Board;
  onClose: () => void;
}

/** The form for a basemap that needs an address or a file. Nothing is stored until it passes. */
export function BasemapDialog({ kind, board, onClose }: Props) {
  return (
    <Dialog title={titles[kind]} open onClose={onClose}>
      {kind === 'tiles' ? (
        <TilesForm board={board} onClose={onClose} />
      ) : (
        <FileForm kind={kind} board={board} onClose={onClose} />
      )}
    </Dialog>
  );
}

function TilesForm({ board, onClose }: { board: Board; onClose: () => void }) {
  const now = board.basemap.kind === 'tiles' ? board.basemap : null;
  const [template, setTemplate] = useState(now?.urlTemplate ?? '');
  const [credit, setCredit] = useState(now?.attribution ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const host = tileTemplateProblem(template) === null ? tileHost(template) : 'the tile server';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await chooseTiles(board, template, credit);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.message);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${ids}-url`}>Tile address</label>
        <input
          id={`${ids}-url`}
          type="url"
          value={template}
          autoFocus
          spellCheck={false}
          aria-describedby={`${ids}-url-hint`}
          aria-invalid={Boolean(error)}
          onChange={(e) => {
            setTemplate(e.target.value);
            setError(null);
          }}
        />
        <p id={`${ids}-url-hint`} className="field-hint">
          As your tile provider gives it, with {'{z}'}, {'{x}'} and {'{y}'} where the zoom and tile
          numbers go, for example https://tiles.example.org/{'{z}'}/{'{x}'}/{'{y}'}.png
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-credit`}>Credit (attribution)</label>
        <input
          id={`${ids}-credit`}
          value={credit}
          aria-describedby={`${ids}-credit-hint`}
          onChange={(e) => {
            setCredit(e.target.value);
            setError(null);
          }}
        />
        <p id={`${ids}-credit-hint`} className="field-hint">
          Shown on the map, as the provider asks, for example “© OpenStreetMap contributors”.
        </p>
      </div>
      <p className="basemap-privacy">
        <strong>This is the only basemap that uses the internet.</strong> While the map is shown,
        this device asks {host} for map pictures. That server will see which area of the map is
        being looked at, when, and this device’s internet address. Nothing on the board (names,
        places, notes) is sent.
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
        <button type="submit" disabled={busy}>
          Use these tiles
        </button>
      </div>
    </form>
  );
}

const fileText: Record<
  'pmtiles' | 'image',
  { label: string; accept: string; note: string; choose: (b: Board, f: File) => Promise<RunResult> }
> = {
  pmtiles: {
    label: 'Offline map file (PMTiles)',
    accept: '.pmtiles,application/vnd.pmtiles',
    note: `A map in one PMTiles file (version 3), up to ${sizeInWords(PMTILES_MAX_BYTES)}. It is copied into this browser’s storage with this board and read from there, so the map works with no internet. Nothing is sent anywhere.`,
    choose: choosePmtilesFile,
  },
  image: {
    label: 'Background image',
    accept: 'image/*',
    note: `A floor plan, or a photo or scan of a paper map: PNG, JPEG, WebP, GIF or SVG, up to ${sizeInWords(IMAGE_MAX_BYTES)} and ${IMAGE_MAX_SIDE.toLocaleString('en-GB')} pixels on a side. It is kept in this browser with this board as a plain picture (an SVG drawing too), at most ${PICTURE_MAX_SIDE.toLocaleString('en-GB')} pixels on a side; nothing is sent anywhere. Places drawn on the image are kept in the image’s own flat coordinates, apart from places on the geographic map.`,
    choose: chooseImageFile,
  },
};

function FileForm({
  kind,
  board,
  onClose,
}: {
  kind: 'pmtiles' | 'image';
  board: Board;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const text = fileText[kind];

  const chosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await text.choose(board, file);
    setBusy(false);
    // Cleared, so choosing the same file again (once fixed) is noticed.
    input.value = '';
    if (result.ok) onClose();
    else setError(result.message);
  };

  return (
    <div>
      <div className="field">
        <label htmlFor={`${ids}-file`}>{text.label}</label>
        <input
          id={`${ids}-file`}
          type="file"
          accept={text.accept}
          disabled={busy}
          aria-describedby={`${ids}-note`}
          aria-invalid={Boolean(error)}
          onChange={(e) => void chosen(e.currentTarget)}
        />
        <p id={`${ids}-note`} className="field-hint">
          {text.note}
        </p>
      </div>
      {busy && (
        <p role="status" className="muted">
          Reading the file…
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
