/**
 * Words of the errors the bridge gives: requests it refuses, pairing, and failures to start. The
 * pane shows them as the bridge sends them (tally-errors.ts "bridge.reply").
 */
import type { NoParams } from "./define";
import { errorDef, type ErrorDef } from "./error-define";

/** A request the bridge will not take: "bridge-refused", and nothing reached Tally. */
const refusal = <P = NoParams>(message: (p: P) => string, suggestion?: (p: P) => string): ErrorDef<P> =>
  errorDef("bridge-refused", message, suggestion);

/** Requests (and binds) the bridge refuses; its refuse() takes only these, so a refusal is always "bridge-refused". */
export const BRIDGE_REFUSALS = {
  "bridge.non-loopback-bind": refusal<{ host: string }>(
    (p) => `The bridge will not listen on ${p.host}: non-loopback bind impossible.`,
    () => "Use 127.0.0.1, ::1 or localhost: only programs on this computer may reach the bridge.",
  ),
  "bridge.request-too-large": refusal<{ maxBytes: number }>(
    (p) => `The request is larger than the bridge accepts (${p.maxBytes} bytes).`,
    () => "Send fewer vouchers at a time.",
  ),
  "bridge.request-not-utf8": refusal(() => "The request is not UTF-8 text."),
  "bridge.request-empty": refusal(() => "The request is empty."),
  "bridge.pairing-too-large": refusal(() => "A pairing request is a few bytes."),
  "bridge.pairing-not-json": refusal(() => "The pairing request is not JSON."),
  "bridge.pairing-codes-off": refusal(
    () => "This bridge was started without a pairing code.",
    () => "Start the Tally Handoff bridge program: its window shows the code.",
  ),
  "bridge.pairing-bad-token": refusal(() => "The pairing request has no valid token."),
  "bridge.pairing-wrong-code": refusal(
    () => "That is not the pairing code the bridge shows.",
    () => "Type the code shown in the bridge's window; after five wrong tries it shows a new one.",
  ),
  "bridge.host-not-loopback": refusal(() => "The bridge answers only requests addressed to this computer."),
  "bridge.foreign-origin": refusal<{ origin: string | undefined }>(
    (p) => `Requests from ${p.origin} are not accepted.`,
    () => "If this is your add-in, start the bridge with --origin <its origin>.",
  ),
  "bridge.foreign-preflight": refusal(() => "Preflights are answered only for the add-in's origins."),
  "bridge.method-not-accepted": refusal<{ method: string | undefined; path: string }>((p) => `${p.method} is not accepted on ${p.path}.`),
  "bridge.no-such-path": refusal(
    () => "The bridge has no such path.",
    () => "Is the bridge older than the add-in? Update both.",
  ),
} as const;

export const BRIDGE_ERRORS = {
  "bridge.needs-token": errorDef(
    "bridge-unpaired",
    () => "The bridge needs its pairing token.",
    () => "Pair again from the task pane.",
  ),
  "bridge.no-token": errorDef(
    "bridge-unpaired",
    () => "The bridge has no pairing token.",
    () => "Pair it: tally-handoff bridge --pair <token>, or start it to show a pairing code.",
  ),
  "bridge.not-a-token": errorDef(
    "bridge-unpaired",
    () => "That is not a pairing token: it should be at least 22 letters, digits, '-' or '_'.",
    () => "Copy the whole command from the task pane again.",
  ),
  "bridge.config-not-json": errorDef<{ file: string }>(
    "internal",
    (p) => `The bridge settings file ${p.file} is not valid JSON.`,
    () => "Delete it and pair again from the task pane.",
  ),
  "bridge.port-in-use": errorDef<{ port: number; host: string }>(
    "internal",
    (p) => `Port ${p.port} is already in use on ${p.host}.`,
    () => "Is another bridge already running? Stop it, or pass --port.",
  ),
  "bridge.cannot-listen": errorDef<{ detail: string }>("internal", (p) => `The bridge could not listen: ${p.detail}`),
  // Something the bridge did not expect: the words are the failure's own, the request may have gone on.
  "bridge.post-failed": errorDef<{ detail: string }>(
    "internal",
    (p) => p.detail,
    () => "",
    true,
  ),
  "bridge.failed": errorDef<{ detail: string }>(
    "internal",
    (p) => `The bridge failed: ${p.detail}`,
    () => "",
    true,
  ),
} as const;
