/** The home view's sentences about the workbook and the connection, from its state (never from a finding's words). */
import type { ConnectionCheck } from "./hooks/useConnection";
import { tableTitle } from "./finding-groups";
import type { HomeState, LastPush } from "./home-state";
import { counted } from "./wording";

export function tablesLine(home: HomeState): string {
  const found = home.tables.filter((t) => t.rows > 0);
  if (home.tables.length === 0) return "None found";
  if (found.length === 0) return `${counted(home.tables.length, "table")}, no rows yet`;
  return found.map((t) => `${tableTitle(t.table)} ${counted(t.rows, "row")}`).join(", ");
}

export function checkLine(home: HomeState): string {
  if (home.errors === 0 && home.warnings === 0) return "No errors or warnings";
  return `${counted(home.errors, "error")}, ${counted(home.warnings, "warning")}`;
}

export function vouchersLine(home: HomeState): string {
  if (home.ready === 0) return "None ready";
  if (home.toSend === 0) return `${home.ready} ready, all in Tally`;
  return `${home.ready} ready, ${home.toSend} not yet in Tally`;
}

/** "3 Dec 2026, 10:32: 8 posted, 1 failed" in the person's own clock. */
export function lastPushLine(last: LastPush | undefined): string {
  if (!last) return "Never";
  const when = new Date(last.at);
  const at = Number.isNaN(when.getTime()) ? last.at : when.toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" });
  const parts = [`${last.posted} posted`];
  if (last.failed > 0) parts.push(`${last.failed} failed`);
  if (last.unknown > 0) parts.push(`${last.unknown} unknown`);
  return `${at}: ${parts.join(", ")}`;
}

export function tallyLine(paired: boolean, check: ConnectionCheck): string {
  if (!paired) return "Pair first";
  switch (check.state) {
    case "connected":
      return `${check.product ?? "Tally"} is running${check.busy ? " (busy)" : ""}`;
    case "tally-down":
      return "The bridge answers; Tally does not";
    case "failed":
      return check.problem.code === "bridge-unreachable" ? "The bridge is not reachable" : check.problem.message;
    case "testing":
      return "Asking…";
    default:
      return "Not asked yet";
  }
}
