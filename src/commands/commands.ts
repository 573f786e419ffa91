/* global Office console */
/**
 * Ribbon functions (manifest.xml FunctionFile). The Validate and Send to Tally buttons open the pane
 * themselves through ShowTaskpane actions; these are the same two commands for callers that run a
 * function instead (an ExecuteFunction button, a keyboard shortcut).
 */

/** Shows the task pane and always tells Office the command is finished, or the ribbon stays busy. */
export async function showPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Office.addin needs the shared runtime (SharedRuntime 1.1); without it there is nothing to call.
    await Office.addin?.showAsTaskpane();
  } catch (error) {
    // A ribbon function has no UI of its own to report to.
    console.error("Tally Handoff could not open its task pane.", error);
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("validate", showPane);
    Office.actions.associate("sendToTally", showPane);
  });
}
