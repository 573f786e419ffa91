import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Problem } from "../problem";

export interface ProblemBarProps {
  problem: Problem;
}

/** An operational failure (workbook, bridge or Tally) in plain words, with what to do next. */
export function ProblemBar({ problem }: ProblemBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.message}</MessageBarTitle>
        {problem.suggestion && <div>{problem.suggestion}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
