/**
 * The request context: a queue of commands that sync() runs in order. Each sync is counted, with
 * the bytes of the values it moved; above Excel on the web's 5 MB limit the sync fails as Office's does.
 */
import { FakeOfficeError } from "./office-error";
import type { WorkbookModel } from "./workbook-model";
import type { FakeWorkbook } from "./worksheets";

/** Excel on the web refuses requests and responses above 5 MB; the fake uses the strict reading. */
export const PAYLOAD_LIMIT = 5_000_000;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** What a host records across Excel.run calls. */
export interface HostLedger {
  syncs: SyncRecord[];
}

/**
 * UTF-8 length of a string, without TextEncoder (so large payloads cost no copy). Its own copy of
 * the adapter's counter on purpose: this runs inside the browser page too (no Node Buffer), and the
 * fake host must not measure with the code it checks.
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const payloadBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");

export class FakeRequestContext {
  /** Set by the host right after construction (the workbook needs the context first). */
  workbook!: FakeWorkbook;
  /** True while a sync runs its commands: objects made then are bound at once. */
  executing = false;
  completedSyncs = 0;
  private queue: (() => void)[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  private commits: (() => void)[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly ledger: HostLedger,
  ) {}

  get hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  /** Counts a value sent to Excel (values set, rows added). */
  sent(value: unknown): void {
    this.requestBytes += payloadBytes(value);
  }

  /** Counts a loaded value; it becomes readable only if the whole response fits. */
  received(value: unknown, commit: () => void): void {
    this.responseBytes += payloadBytes(value);
    this.commits.push(commit);
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const record: SyncRecord = { requestBytes: this.requestBytes, responseBytes: 0 };
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.commits = [];
    this.ledger.syncs.push(record);
    try {
      if (record.requestBytes > PAYLOAD_LIMIT) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
        );
      }
      this.executing = true;
      for (const command of commands) command();
      record.responseBytes = this.responseBytes;
      if (record.responseBytes > PAYLOAD_LIMIT) {
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        );
      }
      for (const commit of this.commits) commit();
    } finally {
      this.executing = false;
      this.completedSyncs += 1;
    }
  }
}
