/**
 * The queue every Tally request waits in, one at a time like the real gateway (PROTOCOL.md 6.5):
 * faults and latency first, then the plan runs, its modelled Tally time is accounted
 * (cost-model.ts), and the answer goes back in the request's own encoding.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { saveCompany } from "./company-file";
import { answerControl, CONTROL_PREFIX } from "./control-endpoint";
import { MEASURED_RATES, TallyTime, type RequestWork } from "./cost-model";
import { decodeRequest, encodeAnswer, type Charset } from "./encoding";
import type { Faults } from "./faults";
import { planRequest, type Behaviour } from "./request-router";
import { LIVENESS, UNKNOWN_REQUEST } from "./responses";
import type { EmulatorOptions } from "./server";
import type { CompanyState } from "./state";

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, text: string, charset: Charset): void {
  if (res.destroyed || res.writableEnded) return;
  const { body, contentType } = encodeAnswer(text, charset);
  res.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
  res.end(body);
}

/** One gateway: the company, its faults, and the queue every request waits in. */
export class Gateway {
  readonly closing = new AbortController();
  private queue: Promise<void> = Promise.resolve();
  private savedRevision: number;

  readonly time: TallyTime;

  constructor(
    readonly state: CompanyState,
    readonly faults: Faults,
    private readonly behaviour: Behaviour,
    private readonly options: EmulatorOptions,
  ) {
    this.time = new TallyTime({ ...MEASURED_RATES, ...options.costRates });
    this.savedRevision = state.revision;
  }

  /** Takes a request: control requests at once, everything else in order of arrival. */
  accept(req: IncomingMessage, res: ServerResponse): void {
    const body = readBody(req);
    body.catch(() => undefined); // an aborted upload is handled where the body is awaited
    if (this.options.control && (req.url ?? "").startsWith(CONTROL_PREFIX)) {
      body.then(
        (b) => answerControl(req, res, b, this.state, this.faults, this.time),
        () => res.destroy(),
      );
      return;
    }
    this.queue = this.queue.then(async () => this.serve(req, res, await body)).catch(() => void res.destroy());
  }

  /** Resolves when every queued request has been dealt with. */
  drained(): Promise<void> {
    return this.queue;
  }

  private sleep(ms: number): Promise<void> {
    const signal = this.closing.signal;
    return new Promise((resolve) => {
      if (ms <= 0 || signal.aborted) return resolve();
      const timer = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
    });
  }

  /** Accounts a request's modelled Tally time; with `pace`, really waits it. */
  private async charge(work: RequestWork): Promise<void> {
    const seconds = this.time.account(work);
    if (this.options.pace) await this.sleep(seconds * 1000);
  }

  private persist(): void {
    if (this.options.dataFile && this.state.revision !== this.savedRevision) saveCompany(this.options.dataFile, this.state);
    this.savedRevision = this.state.revision;
  }

  private async serve(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    await this.faults.whileHanging(this.closing.signal);
    if (this.closing.signal.aborted) return void res.destroy();
    if (req.method === "GET" || req.method === "HEAD") return send(res, LIVENESS, "utf-8");
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "POST" || path !== "/") return send(res, UNKNOWN_REQUEST, "utf-8");
    const decoded = decodeRequest(body, req.headers["content-type"]);
    if (!decoded.ok) return send(res, UNKNOWN_REQUEST, decoded.charset);
    const plan = planRequest(decoded.text, this.state, this.faults, this.behaviour);
    if (plan.kind === "unknown") return send(res, UNKNOWN_REQUEST, decoded.charset);
    if (plan.kind === "import") {
      // Latency comes before the commit: a client that gives up still gets its import done (BRIDGE 11b.2).
      await this.sleep(plan.vouchers * this.faults.latencyMsPerVoucher);
      if (this.closing.signal.aborted) return void res.destroy();
      const text = plan.run();
      await this.charge({ kind: "write", written: plan.vouchers });
      this.persist();
      if (this.faults.takeDropAfterCommit()) return void res.destroy();
      return send(res, text, decoded.charset);
    }
    const answer = plan.run();
    await this.charge({
      kind: answer.walked === undefined ? "other read" : "voucher read",
      walked: answer.walked,
      returned: answer.returned,
    });
    if (answer.dialog && this.options.modalDialogs === "hang") {
      this.faults.hang = true;
      await this.faults.whileHanging(this.closing.signal);
      if (this.closing.signal.aborted) return void res.destroy();
    }
    send(res, answer.text, decoded.charset);
  }
}
