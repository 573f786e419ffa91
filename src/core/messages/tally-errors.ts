/**
 * Words of the errors met while talking to Tally: directly (the command line and the bridge),
 * through the bridge (the task pane), and in what Tally answers to the engine's reads and writes.
 */
import type { HandoffErrorCode } from "./error-define";
import { errorDef } from "./error-define";

const ADDRESS_FORM = "Give it as http://127.0.0.1:9000, with the port TallyPrime's F1 > Settings > Connectivity shows; nothing was sent.";

export const TALLY_ERRORS = {
  // Whether the request had left is known only at the site: before sending, it had not.
  "send.cancelled": errorDef(
    "cancelled",
    () => "Sending to Tally was cancelled.",
    () => "",
    true,
  ),
  "tally.no-answer-in-time": errorDef<{ seconds: number }>(
    "tally-timeout",
    (p) => `Tally did not answer within ${p.seconds} seconds.`,
    () =>
      "Tally may still be working on it, or be waiting behind a dialog box on its screen (PROTOCOL.md 4.1): " +
      "look at Tally, close any dialog, and let Tally Handoff read back what was saved before sending again.",
    true,
  ),
  // A --tally address that cannot be Tally's: refused before anything is sent.
  "tally.address-not-web": errorDef<{ url: string }>(
    "tally-unreachable",
    (p) => `The Tally address "${p.url}" is not a web address.`,
    () => ADDRESS_FORM,
  ),
  "tally.address-scheme": errorDef<{ url: string; scheme: string }>(
    "tally-unreachable",
    (p) => `The Tally address "${p.url}" starts with ${p.scheme}, but Tally is reached only over http:// (or https://).`,
    () => ADDRESS_FORM,
  ),
  "tally.address-port": errorDef<{ url: string; port: string }>(
    "tally-unreachable",
    (p) => `The Tally address "${p.url}" has port ${p.port}, but a port is a whole number from 1 to 65535.`,
    () => ADDRESS_FORM,
  ),
  "tally.address-credentials": errorDef<{ url: string }>(
    "tally-unreachable",
    (p) => `The Tally address "${p.url}" has a user name or password in it, which Tally does not take.`,
    () => ADDRESS_FORM,
  ),
  "tally.nothing-answered": errorDef<{ url: string; port: string }>(
    "tally-unreachable",
    (p) => `Nothing answered at ${p.url}.`,
    (p) =>
      "Tally is not running, or its HTTP server is off: in TallyPrime press F1 > Settings > Connectivity, " +
      `set 'TallyPrime acts as' to Server, port ${p.port}.`,
  ),
  "tally.connection-dropped": errorDef<{ cause: string }>(
    "tally-connection-dropped",
    (p) => `Tally closed the connection before answering (${p.cause}).`,
    () => "Tally may have saved part or all of the request: let Tally Handoff read back before sending again.",
    true,
  ),
  "tally.not-tally": errorDef<{ url: string; status: number }>(
    "tally-unreachable",
    (p) => `Something other than Tally answered at ${p.url} (HTTP ${p.status}).`,
    () => "Check the Tally address and port in Settings: TallyPrime answers every request with HTTP 200.",
  ),
  "tally.reply-too-large": errorDef<{ megabytes: number }>(
    "tally-reply-too-large",
    (p) => `Tally's answer grew past ${p.megabytes} MB, more than this request can hold, so reading stopped.`,
    () =>
      "Check that the Tally address points to TallyPrime. If it does, send a shorter period, and let Tally Handoff read back before sending again.",
    true,
  ),
  "tally.stopped-answering": errorDef(
    "tally-timeout",
    () => "Tally stopped answering during the push.",
    () => "Check TallyPrime for an open dialog, then press Send to Tally again: nothing will be sent twice.",
    true,
  ),
  "tally.other-company": errorDef<{ company: string }>(
    "tally-other-company",
    (p) =>
      `The company '${p.company}' open in Tally is not the one this workbook was sent to before (another company with that name, or a company split at year end); nothing was sent.`,
    () =>
      "Open the right company in TallyPrime; or, if this really is the company to send to from now on, confirm it (Send to Tally asks; on the command line add --accept-company).",
  ),
  "tally.company-not-open": errorDef<{ company: string }>(
    "tally-no-company",
    (p) => `Company '${p.company}' is not open in Tally.`,
    () => "Open the company in TallyPrime (or fix Tally Company in Settings), then send again.",
  ),
  "tally.company-not-loaded": errorDef<{ company: string; open: readonly string[] }>(
    "tally-no-company",
    (p) => `Company '${p.company}' is not open in Tally (open: ${p.open.join(", ") || "none"}); nothing was sent.`,
    () => "Open it in TallyPrime, or fix Tally Company in Settings.",
  ),
  "tally.request-unreadable": errorDef(
    "tally-unknown-request",
    () => "Tally could not read the add-in's request.",
    () => "Check that the address points to TallyPrime's HTTP port.",
  ),
  "reconcile.no-period": errorDef(
    "internal",
    () => "There is no period to reconcile: the workbook has no valid voucher, or --from is after --to.",
    () => "Give the dates with --from and --to.",
  ),
  "tally.read-refused": errorDef<{ lineErrors: readonly string[]; kind: string }>(
    "internal",
    (p) => `Tally refused a read: ${p.lineErrors.join("; ") || p.kind}`,
  ),
  "bridge.no-answer-in-time": errorDef<{ seconds: number }>(
    "tally-timeout",
    (p) => `No answer through the bridge within ${p.seconds} seconds.`,
    () => "Tally may still be working on it: look at Tally, then let Tally Handoff read back before sending again.",
    true,
  ),
  "bridge.unreachable": errorDef<{ url: string; origin?: string }>(
    "bridge-unreachable",
    (p) => `The Tally Handoff bridge did not answer at ${p.url}.`,
    (p) =>
      "Start the Tally Handoff bridge on this computer (double-click tally-handoff-bridge.exe, or run tally-handoff-bridge.js with node)." +
      (p.origin ? ` If it is running, it may not accept this page: start it with --origin ${p.origin}.` : ""),
  ),
  // The bridge's own words come with its reply; these are for a reply that brings none.
  "bridge.unpaired-reply": errorDef<{ status: number; message?: string }>(
    "bridge-unpaired",
    (p) => p.message ?? `The bridge answered HTTP ${p.status}.`,
    () => "Pair again: in Settings choose Pair and type the pairing code shown in the bridge's window.",
  ),
  "bridge.reply": errorDef<{ code: HandoffErrorCode; status: number; message?: string; suggestion?: string }>(
    (p) => p.code,
    (p) => p.message ?? `The bridge answered HTTP ${p.status}.`,
    (p) => p.suggestion ?? "",
  ),
} as const;
