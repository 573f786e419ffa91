/**
 * Faults tests switch on to meet the ways real Tally fails (PROTOCOL.md 4.1 item 7, 4.4, 6.5, 8):
 * no company loaded, a slow gateway, a modal dialog that blocks every request, an import that
 * commits and then loses its answer, and a chosen voucher that is rejected.
 */
import { z } from "zod";

/** Fail the Nth voucher of the next `imports` import requests with a LINEERROR. */
export interface FailNth {
  /** 1-based position of the voucher in the request. */
  voucher: number;
  /** How many upcoming import requests this applies to (default 1). */
  imports: number;
  /** Default: "Ledger '<its first ledger>' does not exist!" (ERRORS 0, EXCEPTIONS 1). */
  lineError?: string;
}

export interface FaultSettings {
  /** No company loaded: imports answer "Ledger '..' does not exist!", exports an empty body (4.4). */
  noCompany: boolean;
  /** Delay before an import is processed, per VOUCHER in it (BRIDGE 11a: Tally slows down). */
  latencyMsPerVoucher: number;
  /** Requests are accepted and never answered until this is switched off (modal dialog, 4.1 item 7). */
  hang: boolean;
  /** The next N imports commit, then the connection is destroyed without an answer. */
  dropAfterCommit: number;
  failNth: FailNth | null;
}

/** JSON accepted by the control endpoint (POST /__emulator/faults). */
export const faultPatchSchema = z
  .object({
    noCompany: z.boolean(),
    latencyMsPerVoucher: z.number().min(0),
    hang: z.boolean(),
    dropAfterCommit: z.number().int().min(0),
    failNth: z
      .object({ voucher: z.number().int().min(1), imports: z.number().int().min(1).default(1), lineError: z.string().optional() })
      .nullable(),
  })
  .partial()
  .strict();

export type FaultPatch = z.input<typeof faultPatchSchema>;

/** Live fault switches; switching `hang` off releases every request waiting behind it. */
export class Faults implements FaultSettings {
  noCompany = false;
  latencyMsPerVoucher = 0;
  dropAfterCommit = 0;
  failNth: FailNth | null = null;
  private hanging = false;
  private waiters: (() => void)[] = [];

  get hang(): boolean {
    return this.hanging;
  }

  set hang(on: boolean) {
    this.hanging = on;
    if (!on) this.release();
  }

  /** Applies a partial setting, e.g. `faults.set({ failNth: { voucher: 2 } })`. */
  set(patch: FaultPatch): this {
    const parsed = faultPatchSchema.parse(patch);
    const { hang, ...rest } = parsed;
    Object.assign(this, rest);
    if (hang !== undefined) this.hang = hang;
    return this;
  }

  /** Everything off. */
  reset(): this {
    return this.set({ noCompany: false, latencyMsPerVoucher: 0, hang: false, dropAfterCommit: 0, failNth: null });
  }

  snapshot(): FaultSettings {
    const { noCompany, latencyMsPerVoucher, hang, dropAfterCommit, failNth } = this;
    return { noCompany, latencyMsPerVoucher, hang, dropAfterCommit, failNth };
  }

  /** Resolves at once, or when hang is switched off or the signal (server closing) fires. */
  whileHanging(signal?: AbortSignal): Promise<void> {
    if (!this.hanging || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      signal?.addEventListener("abort", () => resolve(), { once: true });
    });
  }

  /** Lets every waiting request go (hang switched off, or the server closing). */
  release(): void {
    const waiting = this.waiters;
    this.waiters = [];
    waiting.forEach((w) => w());
  }

  /** The failNth rule for this import, counting it down. */
  takeFailNth(): FailNth | null {
    const rule = this.failNth;
    if (!rule) return null;
    this.failNth = rule.imports > 1 ? { ...rule, imports: rule.imports - 1 } : null;
    return rule;
  }

  /** Whether this import's answer is to be dropped, counting it down. */
  takeDropAfterCommit(): boolean {
    if (this.dropAfterCommit <= 0) return false;
    this.dropAfterCommit--;
    return true;
  }
}
