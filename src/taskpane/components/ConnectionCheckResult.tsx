import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConnectionCheck } from "../hooks/useConnection";
import { BRIDGE_PROGRAM } from "../connection";
import { ProblemBar } from "./ProblemBar";

export interface ConnectionCheckResultProps {
  check: ConnectionCheck;
  /** The bridge address tested, for the "not reachable" sentence. */
  url: string;
}

/** What "Test connection" found, said plainly: connected, Tally down, or the bridge not reachable. */
export function ConnectionCheckResult({ check, url }: ConnectionCheckResultProps) {
  if (check.state === "connected") {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          Connected: the bridge answers and {check.product ?? "Tally"} is running{check.busy ? " (busy with a request)" : ""}.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (check.state === "tally-down") {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The bridge answers, but Tally does not.</MessageBarTitle>
          Start TallyPrime and open the company; in TallyPrime press F1 &gt; Settings &gt; Connectivity and set &quot;TallyPrime acts
          as&quot; to Server, port 9000.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (check.state === "failed") {
    const unreachable = check.problem.code === "bridge-unreachable";
    // Edge and Chrome may ask before a page reaches localhost (stack-notes.md "Tally from a task pane").
    const problem = unreachable
      ? {
          message: `The bridge is not reachable at ${url}.`,
          suggestion:
            `Start ${BRIDGE_PROGRAM} on this computer and keep its window open. If Excel or the browser asked whether this add-in may reach ` +
            "devices on your network, allow it, then test again.",
        }
      : check.problem;
    return <ProblemBar problem={problem} />;
  }
  return null;
}
