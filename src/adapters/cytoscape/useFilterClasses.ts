import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Core, SingularElementReturnValue } from 'cytoscape';
import type { Restyle, RestyleQueue } from './restyleQueue';
import { loadSpread } from './loadSpread';

/**
 * What restyling an element costs, in lines: a person also re-measures their name and re-routes
 * their lines, some four times a line's cost.
 */
const PERSON_COST = 4;
/**
 * Above this cost at once (a focus on a large board hides nearly everyone: 2,000 people, 8,000), the
 * classes are applied over several tasks; below it (a filter on a kind of line hides a few thousand
 * lines), at once, as before: spreading would only make the change later.
 */
export const SPREAD_FILTER_OVER = 2400;
/** About 50 ms of restyling a task: 300 people, or 1,200 lines. */
const FILTER_COST_PER_TASK = 1200;

/**
 * Filters hide elements by class rather than removing them, so positions and selection are kept
 * and showing them again costs nothing. Only elements whose state changed are touched; elements
 * added since the last pass (an undo, another tab) are checked against the same set. The canvas
 * wrapper carries `data-hidden-count` and, once drawn, `data-hidden-drawn` for tests and the
 * benchmark.
 */
export function useFilterClasses(
  cyRef: RefObject<Core | null>,
  wrapRef: RefObject<HTMLElement | null>,
  hidden: ReadonlySet<string>,
  // Re-run when the elements change or the canvas first appears.
  elements: unknown,
  initial: unknown,
): void {
  // The ids given the class (a large change may still be part-way when the next pass comes).
  const classed = useRef(new Set<string>());
  const queue = useRef<RestyleQueue | null>(null);
  // Counts the passes: a large one starts once its code is loaded, unless a later pass came first.
  const pass = useRef(0);
  useLayoutEffect(() => {
    const cy = cyRef.current;
    const wrap = wrapRef.current;
    if (!cy || !wrap) return;
    const mine = ++pass.current;
    queue.current?.destroy();
    const marked = classed.current;
    const hide: SingularElementReturnValue[] = [];
    const show: SingularElementReturnValue[] = [];
    for (const id of hidden) {
      const e = cy.getElementById(id);
      if (e.empty() || e.hasClass('filtered')) continue;
      // Cytoscape does not draw a line whose person is hidden, so such a line needs no class of its
      // own: hiding 1,800 people then restyles 1,800 elements, not 7,000.
      if (e.isEdge()) {
        const { source, target } = e.data() as { source: string; target: string };
        if (hidden.has(source) || hidden.has(target)) continue;
      }
      hide.push(e);
    }
    for (const id of marked) {
      if (hidden.has(id)) continue;
      const e = cy.getElementById(id);
      if (e.nonempty() && e.hasClass('filtered')) show.push(e);
      else marked.delete(id);
    }
    // The benchmark and tests read these: the filter applied, then the next frame drawn with it.
    const count = String(hidden.size);
    wrap.setAttribute('data-hidden-count', count);
    const drawn = () => wrap.setAttribute('data-hidden-drawn', count);
    if (hide.length + show.length === 0) return drawn();
    const work: Restyle[] = [
      ...hide.map((e) => ({
        seen: false,
        apply: () => {
          e.addClass('filtered');
          marked.add(e.id());
        },
      })),
      ...show.map((e) => ({
        seen: false,
        apply: () => {
          e.removeClass('filtered');
          marked.delete(e.id());
        },
      })),
    ];
    const cost = [...hide, ...show].reduce((sum, e) => sum + (e.isNode() ? PERSON_COST : 1), 0);
    if (cost > SPREAD_FILTER_OVER) {
      void loadSpread().then(({ createRestyleQueue }) => {
        if (pass.current !== mine) return;
        queue.current ??= createRestyleQueue(cy, FILTER_COST_PER_TASK / PERSON_COST);
        // A task takes as many changes as its share of the cost (the people and lines are mixed).
        queue.current.perTask(Math.max(1, Math.round((FILTER_COST_PER_TASK * work.length) / cost)));
        queue.current.replace(work, () => cy.one('render', drawn));
      });
      return;
    }
    cy.batch(() => work.forEach((w) => w.apply()));
    cy.one('render', drawn);
  }, [cyRef, wrapRef, hidden, elements, initial]);
  useEffect(
    () => () => {
      pass.current++;
      queue.current?.destroy();
    },
    [],
  );
}
