// Every benchmark metric, in run order. To add one: write metrics/<name>.mjs exporting
// `{ metrics: { <name>: { max?, min?, unit } }, async run(ctx) -> { <name>: number } }` and list it here.
import demoOpen from './demoOpen.mjs';
import editCommit from './editCommit.mjs';
import initialJs from './initialJs.mjs';
import { network200, network2000 } from './networkRender.mjs';

export const metricModules = [demoOpen, initialJs, network200, network2000, editCommit];
