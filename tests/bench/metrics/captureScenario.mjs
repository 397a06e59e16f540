// captureScenarioActions / captureScenarioKlmS: a chair captures one briefing's scenario (8 young
// people, 10 associations, a group with roles, 4 places, 7 place links, 6 incidents, 6 actions;
// fictional, Harrowfield) through the capture line of the built app, from a new empty board. Every
// click and key is really sent by Playwright and counted here as it is sent.
//
// captureScenarioActions counts the user's actions: each click, each key pressed on its own (C,
// Tab, Enter) and each run of text typed into the box in one go (one action however long, as the
// issue's count of ~400 for the old way did). captureScenarioKeys, with no target, is every key
// sent, each character of a typed run counted as one key (Shift for a capital is not counted).
//
// captureScenarioKlmS is the keystroke-level model time (Card, Moran and Newell) of that input:
//   K = 0.28 s per key (each character typed, and each key pressed on its own),
//   P = 1.1 s to point at something with the mouse, B = 0.1 s per click (each click is P + B),
//   H = 0.4 s to move a hand between keyboard and mouse (twice around the one click: to the mouse
//       and back to the keys),
//   M = 1.35 s of mental preparation before each line (and before opening the line).
// System response time is not counted: the metric is the chair's own input.
//
// At the end the board must hold exactly the scenario's records, else the run fails.
import { withTimeout } from '../lib/stats.mjs';

const K = 0.28;
const P = 1.1;
const B = 0.1;
const H = 0.4;
const M = 1.35;

/** Tab takes the name the line offers for what has been typed (autocomplete). */
const TAB = { tab: true };

/**
 * The scenario, line by line, as a chair would type it; TAB marks where a name on the board is taken
 * from the offered list. New names become new people; "Marlow" is Marlow House (the only place
 * whose name starts with it); "inc" and "act" are short for incident and action; dates without a
 * year fall in the past for incidents and the future for due dates.
 */
const LINES = [
  ['Leon Price, YOS, A. Khan'],
  ['Kira Moss, CSC, B. Osei'],
  ['Leon > Kira exploits reported police'],
  ['Leon - Jay Brown, Sami Okoro, Mo Hassan friends'],
  ['Leon > Tia Grant exploits suspected'],
  ['Jay > Ruby Lane violence confirmed'],
  ['Sami - Dev Shah family'],
  ['Kira - Tia, Ruby friends'],
  ['Mo > Dev bullying suspected'],
  ['group Northside: Leon leader, Jay, Sami, Mo peripheral'],
  ['place Marlow House stairwell high'],
  ['place Northside Park moderate'],
  ['place Chicken Cottage takeaway low'],
  ['place Harrowfield Station high'],
  ['Leon, Jay frequent Marlow'],
  ['Nor', TAB, 'frequent Nor', TAB],
  ['Kira, Tia frequent Chi', TAB],
  ['Ruby lives at Marlow'],
  ['Dev travels through Har', TAB],
  ['inc 3/12 at Marlow: robbery, Jay, Ruby harmed'],
  ['inc 28/11 at Nor', TAB, ': assault, Leon, Mo harming'],
  ['inc 1/12 at Chi', TAB, ': drugs, Kira, Tia'],
  ['inc 30/11 at Har', TAB, ': knife, Dev harmed, Mo'],
  ['inc 5/12 at Marlow: cse, Kira harmed'],
  ['inc 4/12 at Nor', TAB, ': bullying, Sami harmed'],
  ['act Housing: stairwell lighting at Marlow by 15/1'],
  ['act Police, YOS: joint visit for Leon by 20/1'],
  ['act CSC: safety plan for Kira by 10/1'],
  ['act SNT: patrols for Nor', TAB, 'by 18/1'],
  ['act School: mentoring for Jay by 31/1'],
  ['act Community safety: CCTV at Har', TAB, 'by 31/1'],
];

/** What the board must hold at the end, by table. */
const EXPECTED = {
  people: 8,
  associations: 10,
  groups: 1,
  memberships: 4,
  places: 4,
  placeLinks: 7,
  incidents: 6,
  actions: 6,
};

/** The board's records by table, read straight from IndexedDB (not through the app). */
async function storedCounts(page, boardId) {
  return page.evaluate(
    ([id, tables]) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(tables, 'readonly');
          const out = {};
          for (const t of tables) {
            const all = tx.objectStore(t).getAll();
            all.onsuccess = () => {
              out[t] = all.result.filter((r) => r.boardId === id).length;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [boardId, Object.keys(EXPECTED)],
  );
}

export default {
  metrics: {
    captureScenarioActions: { max: 120, unit: 'actions' },
    captureScenarioKlmS: { max: 360, unit: 's' },
    captureScenarioKeys: { unit: 'keys' },
  },
  async run(ctx) {
    const page = await ctx.openBoardList();
    try {
      // Setting up the empty board is not part of the scenario.
      await page.getByRole('button', { name: 'New board', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'New board' });
      await dialog.getByLabel('Title', { exact: true }).fill('Eastgate strategy meeting (bench)');
      await dialog
        .getByLabel('Why are we mapping?')
        .fill('Strategy meeting about a peer group (fictional).');
      await dialog.getByRole('button', { name: 'Create board' }).click();
      await page.waitForURL(/#\/board\/[^/]+/);
      const boardId = decodeURIComponent(/#\/board\/([^/?#]+)/.exec(page.url())[1]);
      const diagram = page.getByRole('application', { name: /^Network of / });
      await diagram.waitFor();

      const count = { actions: 0, keys: 0, clicks: 0, lines: 0 };
      let klm = 0;
      const click = async (locator) => {
        await locator.click();
        count.actions += 1;
        count.clicks += 1;
        klm += H + P + B + H;
      };
      const press = async (key) => {
        await page.keyboard.press(key);
        count.actions += 1;
        count.keys += 1;
        klm += K;
      };
      const type = async (text) => {
        await page.keyboard.type(text);
        count.actions += 1;
        count.keys += text.length;
        klm += K * text.length;
      };

      const box = page.getByRole('combobox', { name: 'Capture' });
      const names = page.getByRole('listbox', { name: 'Names on the board' });
      const refusal = page.getByRole('region', { name: 'Capture line' }).getByRole('alert');

      // Onto the diagram with the mouse, then the rest from the keyboard.
      await click(diagram);
      klm += M;
      await press('c');
      await box.waitFor();

      for (const line of LINES) {
        klm += M;
        for (const part of line) {
          if (part === TAB) {
            await names.getByRole('option').first().waitFor();
            await press('Tab');
          } else await type(part);
        }
        await press('Enter');
        await withTimeout(
          page.waitForFunction(
            () => {
              const input = document.querySelector('.capture-line-input');
              const refused = document.querySelector('.capture-line-refusal');
              return (input && input.value === '') || refused !== null;
            },
            null,
            { timeout: 30_000 },
          ),
          40_000,
          `line "${line.filter((p) => p !== TAB).join('…')}" recorded`,
        );
        if (await refusal.isVisible())
          throw new Error(`line "${await box.inputValue()}" refused: ${await refusal.innerText()}`);
        count.lines += 1;
      }

      const stored = await storedCounts(page, boardId);
      const wrong = Object.entries(EXPECTED).filter(([t, n]) => stored[t] !== n);
      if (wrong.length > 0)
        throw new Error(
          `the board holds ${wrong.map(([t]) => `${stored[t]} ${t}`).join(', ')}; expected ${wrong
            .map(([t, n]) => `${n} ${t}`)
            .join(', ')}`,
        );
      ctx.log(
        `  captured ${count.lines} lines: ${count.actions} actions (${count.clicks} click, ` +
          `${count.keys} keys); KLM ${klm.toFixed(1)} s; board: ${JSON.stringify(stored)}`,
      );
      return {
        captureScenarioActions: count.actions,
        captureScenarioKlmS: klm,
        captureScenarioKeys: count.keys,
      };
    } finally {
      await page.close();
    }
  },
};
