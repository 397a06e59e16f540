// Every benchmark metric, in run order. To add one: write metrics/<name>.mjs exporting
// `{ metrics: { <name>: { max?, min?, unit } }, async run(ctx) -> { <name>: number } }` and list it here.
import demoOpen from './demoOpen.mjs';
import editCommit from './editCommit.mjs';
import filterApply from './filterApply.mjs';
import initialJs from './initialJs.mjs';
import { layout200, layout2000 } from './layout.mjs';
import { network200, network2000 } from './networkRender.mjs';
import panFrame from './panFrame.mjs';
import addPersonVisible from './addPersonVisible.mjs';
import mapReady from './mapReady.mjs';
import heatLayer from './heatLayer.mjs';
import linkedHighlight from './linkedHighlight.mjs';
import snapshotDiff from './snapshotDiff.mjs';
import meetingPack from './meetingPack.mjs';
import checks from './checks.mjs';
import twoTabConverge from './twoTabConverge.mjs';
import presenterSync from './presenterSync.mjs';
import boardFile from './boardFile.mjs';
import csvImport from './csvImport.mjs';
import gexfImport from './gexfImport.mjs';
import idbFloor from './idbFloor.mjs';
import interactionLongestTask from './interactionLongestTask.mjs';
import captureScenario from './captureScenario.mjs';
import analysis from './analysis.mjs';
import profile from './profile.mjs';
import timeBar from './timeBar.mjs';
import protection from './protection.mjs';

/**
 * Each module's numbers are also kept on `ctx.measured` as it finishes, so a later metric can
 * state its target against another of the same run (gexf2000ImportMs against network2000RenderMs).
 */
const remembered = (mod) => ({
  ...mod,
  async run(ctx) {
    const out = await mod.run(ctx);
    ctx.measured = { ...ctx.measured, ...out };
    return out;
  },
});

export const metricModules = [
  demoOpen,
  initialJs,
  network200,
  network2000,
  idbFloor,
  gexfImport,
  editCommit,
  panFrame,
  addPersonVisible,
  filterApply,
  layout200,
  layout2000,
  mapReady,
  heatLayer,
  linkedHighlight,
  snapshotDiff,
  meetingPack,
  checks,
  twoTabConverge,
  presenterSync,
  csvImport,
  interactionLongestTask,
  captureScenario,
  analysis,
  profile,
  timeBar,
  // In a second profile of its own: protection changes the whole device.
  protection,
  // Last: it deletes the 2,000 board and opens it again from its file (exactly as it was).
  boardFile,
].map(remembered);
