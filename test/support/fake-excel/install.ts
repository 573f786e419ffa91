/**
 * Puts a fake `Excel` and `Office` on a global object (globalThis in jest, window in a bundled test
 * page), working on one in-memory workbook model. No Node API is used here.
 */
import { FakeRequestContext, type HostLedger } from "./request-context";
import type { WorkbookModel } from "./workbook-model";
import { FakeWorkbook } from "./worksheets";

export type FakeBatch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeOfficeHost {
  readonly model: WorkbookModel;
  readonly ledger: HostLedger;
  /** Excel.run: runs the batch, then syncs once more only if commands are still queued (as Office does). */
  run<T>(batch: FakeBatch<T>): Promise<T>;
  /** Syncs since install or the last resetCounts(). */
  syncCount(): number;
  /** The largest request or response of one sync, in UTF-8 bytes of JSON. */
  largestPayload(): number;
  resetCounts(): void;
  /** Functions registered with Office.actions.associate. */
  readonly actions: Map<string, (...args: unknown[]) => unknown>;
  /** Puts the previous globals back. */
  uninstall(): void;
}

export function installFakeOffice(globalObj: object, model: WorkbookModel): FakeOfficeHost {
  const target = globalObj as Record<string, unknown>;
  const previous = { Excel: target.Excel, Office: target.Office };
  const ledger: HostLedger = { syncs: [] };
  const actions = new Map<string, (...args: unknown[]) => unknown>();

  async function run<T>(batch: FakeBatch<T>): Promise<T> {
    const context = new FakeRequestContext(model, ledger);
    context.workbook = new FakeWorkbook(context);
    const result = await batch(context);
    if (context.hasPendingCommands) await context.sync();
    return result;
  }

  target.Excel = {
    run,
    ConditionalFormatType: { custom: "Custom" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  target.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string, fn: (...args: unknown[]) => unknown) => actions.set(name, fn) },
    addin: { showAsTaskpane: () => Promise.resolve() },
    context: { requirements: { isSetSupported: () => true } },
  };

  return {
    model,
    ledger,
    run,
    actions,
    syncCount: () => ledger.syncs.length,
    largestPayload: () => Math.max(0, ...ledger.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes))),
    resetCounts: () => {
      ledger.syncs.length = 0;
    },
    uninstall: () => {
      target.Excel = previous.Excel;
      target.Office = previous.Office;
    },
  };
}
