import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Problem } from "../problem";
import { ProblemBar } from "./ProblemBar";

/** What an action ended with: a note of what it did, or the problem that stopped it. */
export function ActionOutcome({ note, problem }: { note?: string; problem?: Problem }) {
  return (
    <>
      {note && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {problem && <ProblemBar problem={problem} />}
    </>
  );
}
