import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { RunResult } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';
import { createNamedGroup, renameGroup } from '../groups';
import type { Names } from '../names';
import { anchorOf, NoteInput, saveNewNote, saveNoteText } from '../notes';
import type { Draft } from '../../state/uiStore';
import { KindPicker } from './KindPicker';
import { NameInput } from './NameInput';
import { linkSelected, renamePerson } from './networkActions';
import type { RefusedPerson } from './usePendingPeople';

interface Props {
  draft: Draft;
  content: BoardContent;
  handle: NetworkHandle;
  names: Names;
  onEnd: () => void;
  /** Adds a person typed into the new-person box (drawn at once, stored after; see usePendingPeople). */
  onAddPerson: (name: string, at: { x: number; y: number }) => void;
  /** A new person the command refused, whose box this draft reopened. */
  refused: RefusedPerson | null;
}

// The box closes as soon as the name is valid; storing it is handed on (usePendingPeople).
const HANDED_ON: RunResult = { ok: true, changes: [] };

const done = (r: RunResult, end: () => void) => {
  if (r.ok) end();
  return r;
};

/** Middle of some people as drawn on screen, or null when none of them is drawn. */
function middleOf(handle: NetworkHandle, ids: readonly string[]) {
  const at = ids.flatMap((id) => {
    const p = handle.renderedPositionOf(id);
    return p ? [p] : [];
  });
  if (at.length === 0) return null;
  return {
    x: at.reduce((t, p) => t + p.x, 0) / at.length,
    y: at.reduce((t, p) => t + p.y, 0) / at.length,
  };
}

/**
 * The box the user types into for the gesture under way, drawn over the diagram where it applies:
 * a new person's name, a rename, an association's kind, a group's name, a note.
 */
export function DraftOverlay({
  draft,
  content,
  handle,
  names,
  onEnd,
  onAddPerson,
  refused,
}: Props) {
  switch (draft.kind) {
    case 'new-person': {
      const back = refused?.draft === draft ? refused : null;
      return (
        <NameInput
          key="new"
          label="Name of new person"
          initial={back?.name ?? ''}
          initialError={back?.message}
          at={handle.toRendered(draft)}
          onCancel={onEnd}
          onSubmit={(name) => {
            onAddPerson(name, { x: draft.x, y: draft.y });
            return Promise.resolve(HANDED_ON);
          }}
        />
      );
    }
    case 'rename': {
      const person = content.people.find((p) => p.id === draft.personId);
      const at = person && handle.renderedPositionOf(person.id);
      if (!person || !at) return null;
      // Under presenter-safe names the box starts empty, so renaming cannot reveal the name.
      const initial = names.hiding ? '' : person.displayName;
      return (
        <NameInput
          key={`rename-${person.id}`}
          label={`New name for ${names.of(person)}`}
          initial={initial}
          at={at}
          onCancel={onEnd}
          onSubmit={async (name) =>
            done(
              name === person.displayName
                ? { ok: true, changes: [] }
                : await renamePerson(person, name),
              onEnd,
            )
          }
        />
      );
    }
    case 'pick-kind': {
      const a = handle.renderedPositionOf(draft.fromId);
      const b = handle.renderedPositionOf(draft.toId);
      if (!a || !b) return null;
      return (
        <KindPicker
          fromName={names.ofId(draft.fromId, '')}
          toName={names.ofId(draft.toId, '')}
          // Below both people, so the picker never covers them (a second tap lands on the person).
          at={{ x: (a.x + b.x) / 2, y: Math.max(a.y, b.y) + 44 }}
          onCancel={onEnd}
          onPick={async (kind) =>
            done(await linkSelected(content, draft.fromId, draft.toId, kind), onEnd)
          }
        />
      );
    }
    case 'new-group': {
      const at = middleOf(handle, draft.personIds) ?? handle.toRendered(handle.viewportCenter());
      return (
        <NameInput
          key="new-group"
          label={`Name of new group of ${draft.personIds.length} ${draft.personIds.length === 1 ? 'person' : 'people'}`}
          at={at}
          onCancel={onEnd}
          onSubmit={async (name) =>
            done(await createNamedGroup(content, name, draft.personIds), onEnd)
          }
        />
      );
    }
    case 'rename-group': {
      const group = content.groups.find((g) => g.id === draft.groupId);
      if (!group) return null;
      const members = content.memberships
        .filter((m) => m.groupId === group.id)
        .map((m) => m.personId);
      const at = middleOf(handle, members) ?? handle.toRendered(handle.viewportCenter());
      return (
        <NameInput
          key={`rename-group-${group.id}`}
          label={`New name for the group ${group.name}`}
          initial={group.name}
          at={at}
          onCancel={onEnd}
          onSubmit={async (name) =>
            done(
              name === group.name ? { ok: true, changes: [] } : await renameGroup(group, name),
              onEnd,
            )
          }
        />
      );
    }
    case 'new-note': {
      const anchor = anchorOf(content, draft.attachedTo);
      if (!anchor) return null;
      const at = handle.toRendered({ x: anchor.x + draft.x, y: anchor.y + draft.y });
      const on = draft.attachedTo
        ? draft.attachedTo.kind === 'person'
          ? ` about ${names.ofId(draft.attachedTo.id)}`
          : ` about the group ${content.groups.find((g) => g.id === draft.attachedTo?.id)?.name ?? ''}`
        : '';
      return (
        <NoteInput
          key="new-note"
          label={`New note${on}`}
          at={at}
          onCancel={onEnd}
          onSubmit={async (text) =>
            done(
              await saveNewNote(content, text, { x: draft.x, y: draft.y }, draft.attachedTo),
              onEnd,
            )
          }
        />
      );
    }
    case 'edit-note': {
      const note = content.annotations.find((n) => n.id === draft.annotationId);
      const at = note && handle.renderedPositionOf(note.id);
      if (!note || !at) return null;
      return (
        <NoteInput
          key={`edit-note-${note.id}`}
          label="Edit note"
          initial={note.text}
          at={at}
          onCancel={onEnd}
          onSubmit={async (text) => done(await saveNoteText(content, note, text), onEnd)}
        />
      );
    }
  }
}
