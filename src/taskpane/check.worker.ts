/* global self */
/** The check's Web Worker (check-workbook.ts starts it, webpack emits it as a file of its own). */
import { serveChecks, type CheckScope } from "./check-serve";

serveChecks(self as unknown as CheckScope);
