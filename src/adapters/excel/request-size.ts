/**
 * Excel on the web refuses any request or response above 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", payload size). Every bulk read and write is cut into syncs
 * that stay under a budget below that limit.
 */

export interface PayloadOptions {
  /** Bytes of cell values one sync may move; default 4,000,000, under the 5 MB limit. */
  payloadBudget?: number;
  /** First estimate of a read cell's size in the response; default 24 bytes, raised when cells prove larger. */
  bytesPerCell?: number;
}

export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
export const DEFAULT_BYTES_PER_CELL = 24;

export function payloadSettings(options: PayloadOptions = {}): Required<PayloadOptions> {
  return {
    payloadBudget: options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET,
    bytesPerCell: options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL,
  };
}

/** UTF-8 bytes of a string, counted without copying it. */
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

/** Bytes a value takes in a request or response (its JSON). */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");

/** Office's error codes for a request or response above the payload limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
