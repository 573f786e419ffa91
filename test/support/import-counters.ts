/** Tally's ten import counters all at 0, as our reader gives them; a test spreads in the ones a reply moved. */
import type { ImportCounters } from "../../src/core/tally/read";

export const ZERO_COUNTERS: Readonly<ImportCounters> = {
  created: 0,
  altered: 0,
  deleted: 0,
  lastVchId: 0,
  lastMid: 0,
  combined: 0,
  ignored: 0,
  errors: 0,
  cancelled: 0,
  exceptions: 0,
};
