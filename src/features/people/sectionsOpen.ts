import { create } from 'zustand';
import { loadSetting, saveSetting } from '../../db/queries';

export const CLOSED_SECTIONS_SETTING = 'panelSectionsClosed';

interface SectionsState {
  /** Panel sections the chair has folded away, by section id (a device preference). */
  closed: ReadonlySet<string>;
  toggle: (id: string) => void;
}

/**
 * Which long sections of the person panel are folded, remembered on this device so that a chair
 * who never reads strengths mid-meeting keeps them folded on every person and after a reload.
 */
export const useSections = create<SectionsState>()((set, get) => ({
  closed: new Set(),
  toggle: (id) => {
    const closed = new Set(get().closed);
    if (closed.has(id)) closed.delete(id);
    else closed.add(id);
    set({ closed });
    saveSetting(CLOSED_SECTIONS_SETTING, [...closed]).catch(() => {
      // Folding still works for this session; a storage problem is reported by the store itself.
    });
  },
}));

/** Reads the folded sections stored on this device into the store. */
export async function readClosedSections(): Promise<void> {
  const ids = await loadSetting<unknown>(CLOSED_SECTIONS_SETTING);
  if (Array.isArray(ids))
    useSections.setState({
      closed: new Set(ids.filter((x): x is string => typeof x === 'string')),
    });
}

let restoring: Promise<void> | null = null;

/** Reads them once (the panel asks as it first opens; all start open meanwhile). */
export function restoreSections(): Promise<void> {
  return (restoring ??= readClosedSections().catch(() => undefined));
}
