import { z } from 'zod';

/** Longest name we accept. Long enough for any real name or pseudonym, short enough to label a node. */
export const NAME_MAX = 120;
export const SHORT_TEXT_MAX = 200;
export const NOTES_MAX = 20_000;

/** Plain-words problem with a name, or null when it is fine. Used by schemas and forms alike. */
export function nameProblem(value: string, what = 'name'): string | null {
  const a = /^[aeiou]/i.test(what) ? 'an' : 'a';
  if (value.trim().length === 0) return `Enter ${a} ${what}; it cannot be empty or only spaces`;
  if (value.length > NAME_MAX)
    return `${a === 'an' ? 'An' : 'A'} ${what} can be at most ${NAME_MAX} characters; this one has ${value.length.toLocaleString('en-GB')}`;
  if (value !== value.trim())
    return `${a === 'an' ? 'An' : 'A'} ${what} cannot start or end with spaces`;
  return null;
}

export const nameText = (what = 'name') =>
  z.string().check((ctx) => {
    const problem = nameProblem(ctx.value, what);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

export const shortText = (max = SHORT_TEXT_MAX) =>
  z.string().max(max, { error: `At most ${max} characters` });

export const notesText = z.string().max(NOTES_MAX, {
  error: `Notes can be at most ${NOTES_MAX.toLocaleString('en-GB')} characters`,
});

export const idText = z.string().min(1).max(64);
