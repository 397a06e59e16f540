import { readAction } from './actionLine';
import { echoOf } from './echo';
import { NameBook, NameProblem } from './names';
import { hasArrow, readAssociations, readGroup, readPerson } from './peopleLines';
import { findPlaceLink, readIncident, readPlace, readPlaceLinks } from './placeLines';
import type { BoardNames, CaptureRecord, CaptureResult } from './plan';

/**
 * The words that start a line of a given form ("inc" and "act" short for incident and action);
 * anything else is a person, an association or a place link.
 */
const LEADS = /^(person|group|place|incident|inc|action|act)\b\s*:?\s*(.*)$/i;

function readRecord(text: string, book: NameBook, today: string): CaptureRecord {
  const lead = LEADS.exec(text);
  if (lead) {
    const rest = lead[2]!;
    switch (lead[1]!.toLowerCase()) {
      case 'person':
        return readPerson(rest, book);
      case 'group':
        return readGroup(rest, book);
      case 'place':
        return readPlace(rest, book);
      case 'incident':
      case 'inc':
        return readIncident(rest, book, today);
      default:
        return readAction(rest, book, today);
    }
  }
  const placeLink = findPlaceLink(text, book);
  if (placeLink) return readPlaceLinks(placeLink, book);
  if (hasArrow(text)) return readAssociations(text, book);
  return readPerson(text, book);
}

/**
 * Reads one line of the capture line's shorthand (README "Capture line") against the names on
 * the board. `today` is `YYYY-MM-DD`, for dates without a year and "tomorrow". The result is a plan
 * of records with the sentence that says it back, or a refusal naming the words not understood;
 * user text is only ever carried as text.
 */
export function parseCaptureLine(line: string, board: BoardNames, today: string): CaptureResult {
  const text = line.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, refusal: { problem: 'Type a line to record', words: [] } };
  const book = new NameBook(board);
  try {
    const record = readRecord(text, book, today);
    return {
      ok: true,
      plan: { record, newPeople: book.newPeople, echo: echoOf(record, book.newPeople) },
    };
  } catch (e) {
    if (e instanceof NameProblem)
      return { ok: false, refusal: { problem: e.message, words: e.words } };
    throw e;
  }
}
