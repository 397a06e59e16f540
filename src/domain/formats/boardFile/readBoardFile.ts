import type { z } from 'zod';
import { boardContentTables, type TableName } from '../../kinds';
import { fieldInWords, problemInWords } from '../../kinds/fieldWords';
import { checkBoards } from './checkBoards';
import { bytesOf, type LongTexts } from './fileBytes';
import { findForbiddenKey, type ForbiddenKey } from './forbiddenKeys';
import {
  BOARD_FILE_FORMAT,
  BOARD_FILE_MAX_BYTES,
  BOARD_FILE_VERSION,
  fileSizeInWords,
  maxSizeInWords,
  type OpenedBoardFile,
} from './format';
import { migrate } from './migrations';
import { decryptPart, unlock } from './protect';
import { boardFileHeader, boardFileSchemas, protectedBoardFileV1 } from './schemas';
import { scanJson, type ScanProblem } from './scanJson';
import { recordName } from './checkBoards';

/** What opening a file came to. Nothing is stored by reading: the caller decides what to write. */
export type ReadResult =
  | { state: 'opened'; file: OpenedBoardFile }
  | { state: 'refused'; fileName: string; problems: string[] }
  | {
      state: 'locked';
      fileName: string;
      /** The last passphrase tried did not open it. */
      wrongPassphrase: boolean;
      unlock: (passphrase: string) => Promise<ReadResult>;
    };

export const WRONG_PASSPHRASE = 'That passphrase does not open this file';

export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
}

const refused = (fileName: string, ...problems: string[]): ReadResult => ({
  state: 'refused',
  fileName,
  problems,
});

const NOT_A_BOARD_FILE =
  'is not a board file. Board files are made with “Save board to file” or “Back up every board”; CSV files are imported with Import on a board.';

function scanProblem(fileName: string, problem: ScanProblem): ReadResult {
  switch (problem.kind) {
    case 'not-json':
      return refused(fileName, `“${fileName}” ${NOT_A_BOARD_FILE}`);
    case 'not-text':
      return refused(fileName, `“${fileName}” ${NOT_A_BOARD_FILE} (It is not text.)`);
    case 'truncated':
      return refused(
        fileName,
        `“${fileName}” is incomplete: it stops part-way through, as a file does when a download or copy is cut short. Save the board to file again, or use another copy.`,
      );
    case 'invalid':
      return refused(
        fileName,
        `“${fileName}” is damaged: it is not valid JSON (${problem.detail}).`,
      );
  }
}

/** Where a forbidden key is, in words: the record holding it when it is inside one. */
function whereIs(found: ForbiddenKey, value: unknown): string {
  const [boards, index, part, table, row] = found.path;
  const entry =
    boards === 'boards' && typeof index === 'number'
      ? ((value as { boards?: unknown[] }).boards?.[index] as Record<string, unknown> | undefined)
      : undefined;
  if (entry && part === 'board') return 'in the board’s own record';
  const isTable = typeof table === 'string' && (boardContentTables as string[]).includes(table);
  if (entry && part === 'tables' && isTable && typeof row === 'number') {
    const rows = (entry.tables as Record<string, unknown[]> | undefined)?.[table];
    return `in ${recordName(table as TableName, rows?.[row], row)} (${table})`;
  }
  const path = found.path.slice(0, -1);
  return path.length > 0 ? `in ${fieldInWords(path)}` : 'at the top of the file';
}

function schemaProblems(fileName: string, error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => {
    // The file's own schema words its messages to follow what they are about ("are fewer than …").
    const where = fieldInWords(issue.path);
    const said = /^[a-z]/.test(issue.message)
      ? `${where.charAt(0).toUpperCase()}${where.slice(1)} ${issue.message}`
      : problemInWords(issue);
    return `“${fileName}” is not a board file as this app writes them: ${said}`;
  });
}

/** A read file from its parsed text on: checks, then the passphrase, migrations and records. */
async function readParsed(
  value: unknown,
  texts: LongTexts,
  fileName: string,
  options: ReadOptions,
  inner: boolean,
): Promise<ReadResult> {
  const forbidden = findForbiddenKey(value);
  if (forbidden)
    return refused(
      fileName,
      `“${fileName}” contains a key named “${forbidden.key}” ${whereIs(forbidden, value)}. Files with such keys are refused: they can be used to tamper with the app.`,
    );
  const header = boardFileHeader.safeParse(value);
  if (!header.success || header.data.format !== BOARD_FILE_FORMAT)
    return refused(fileName, `“${fileName}” ${NOT_A_BOARD_FILE}`);
  const version = header.data.formatVersion;
  const appVersion = (value as { appVersion?: unknown }).appVersion;
  if (Number.isInteger(version) && version > BOARD_FILE_VERSION)
    return refused(
      fileName,
      `“${fileName}” was made by a newer version of Peers & Places${typeof appVersion === 'string' ? ` (${appVersion.slice(0, 40)})` : ''}: it is board file version ${version}, and this version opens up to version ${BOARD_FILE_VERSION}. Open it with the newer version, or update this one.`,
    );
  if (!Number.isInteger(version) || version < 1)
    return refused(
      fileName,
      `“${fileName}” says it is board file version ${String(version).slice(0, 20)}, which has never existed (versions start at 1).`,
    );

  const record = value as Record<string, unknown>;
  if ('encryption' in record || 'ciphertext' in record) {
    if (inner)
      return refused(
        fileName,
        `“${fileName}” is damaged: its protected contents are protected again.`,
      );
    const envelope = protectedBoardFileV1.safeParse(record);
    if (!envelope.success) return refused(fileName, ...schemaProblems(fileName, envelope.error));
    return locked(envelope.data, texts, fileName, options, false);
  }

  const current = migrate(record, version);
  const document = boardFileSchemas[BOARD_FILE_VERSION].safeParse(current);
  if (!document.success) return refused(fileName, ...schemaProblems(fileName, document.error));
  const checked = await checkBoards(document.data, texts);
  if (!checked.ok) return refused(fileName, ...checked.problems);
  return {
    state: 'opened',
    file: {
      fileName,
      contents: document.data.contents,
      appVersion: document.data.appVersion,
      savedAt: document.data.savedAt,
      redaction: document.data.redaction,
      boards: checked.boards,
    },
  };
}

type Envelope = z.infer<typeof protectedBoardFileV1>;

function locked(
  envelope: Envelope,
  texts: LongTexts,
  fileName: string,
  options: ReadOptions,
  wrongPassphrase: boolean,
): ReadResult {
  const open = async (passphrase: string): Promise<ReadResult> => {
    const key = await unlock(envelope.encryption, passphrase);
    if (!key.ok) {
      return key.problem === 'wrong-passphrase'
        ? locked(envelope, texts, fileName, options, true)
        : refused(fileName, `“${fileName}” is damaged: its protection settings cannot be read.`);
    }
    const count = envelope.ciphertext.length;
    const plain: Uint8Array<ArrayBuffer>[] = [];
    for (const [index, part] of envelope.ciphertext.entries()) {
      const sealed = await bytesOf(part, '', texts);
      const opened =
        sealed &&
        (await decryptPart(
          key.key,
          key.iv,
          index,
          count,
          new Uint8Array(await sealed.arrayBuffer()),
        ));
      if (!opened)
        return refused(
          fileName,
          `“${fileName}” has been changed or damaged since it was saved: part ${index + 1} of ${count} of its protected contents does not decrypt, though the passphrase is right.`,
        );
      plain.push(opened as Uint8Array<ArrayBuffer>);
      options.onProgress?.(index + 1, count);
    }
    return readBlob(new Blob(plain, { type: 'application/json' }), fileName, options, true);
  };
  return { state: 'locked', fileName, wrongPassphrase, unlock: open };
}

async function readBlob(
  source: Blob,
  fileName: string,
  options: ReadOptions,
  inner: boolean,
): Promise<ReadResult> {
  const scanned = await scanJson(source, { onProgress: options.onProgress });
  if (!scanned.ok) {
    // Protected contents that decrypt but do not read were damaged before they were protected.
    if (inner)
      return refused(fileName, `“${fileName}” is damaged: its protected contents are not a board.`);
    return scanProblem(fileName, scanned.problem);
  }
  const texts = { source, longTexts: scanned.longTexts, marker: scanned.marker };
  return readParsed(scanned.value, texts, fileName, options, inner);
}

/**
 * Reads a board file (or a backup) and checks all of it: its size before anything is read, then
 * its structure, version, protection, every record and every reference between them. Nothing is
 * stored; a refusal names the file and what is wrong.
 */
export async function readBoardFile(
  source: Blob,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (source.size > BOARD_FILE_MAX_BYTES)
    return refused(
      fileName,
      `“${fileName}” is ${fileSizeInWords(source.size)}, more than the ${maxSizeInWords()} a board file can be (room for a board with a 500 MB offline map), so it was not read.`,
    );
  return readBlob(source, fileName, options, false);
}
