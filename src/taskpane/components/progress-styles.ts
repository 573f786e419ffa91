import { makeStyles, tokens } from "@fluentui/react-components";

/** The look every long action's progress shares: a bar, its counts, and Cancel on the left. */
export const useProgressStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  cancel: { alignSelf: "flex-start" },
});
