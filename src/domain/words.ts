/** "1 incident", "2,000 people": a count with the word for one or for many. */
export const countOf = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
