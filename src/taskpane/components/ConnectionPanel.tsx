import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pairCommand } from "../connection";
import type { Connection } from "../hooks/useConnection";
import { ConnectionCheckResult } from "./ConnectionCheckResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  command: { fontFamily: tokens.fontFamilyMonospace },
});

export interface ConnectionPanelProps {
  connection: Connection;
}

/** This person's connection to Tally through the local bridge: address, pairing, and a test. Stored in this browser only. */
export function ConnectionPanel({ connection }: ConnectionPanelProps) {
  const styles = useStyles();
  const [url, setUrl] = useState(connection.connection.url);
  const commit = () => url.trim() !== connection.connection.url && connection.setUrl(url.trim());
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Connection to Tally (this computer only)</Subtitle2>
      <Field label="Bridge address" hint="Kept in this browser, never in the workbook.">
        <Input value={url} onChange={(_, d) => setUrl(d.value)} onBlur={commit} />
      </Field>
      <Text>{connection.paired ? "Paired with the bridge." : "Not paired with the bridge yet."}</Text>
      {connection.newToken && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Run this once on this computer</MessageBarTitle>
            The token is shown only now. The bridge keeps it; run the bridge later with npx tally-handoff bridge.
            <Field label="Pairing command">
              <Input className={styles.command} readOnly value={pairCommand(connection.newToken)} onFocus={(e) => e.target.select()} />
            </Field>
          </MessageBarBody>
          <Button onClick={connection.dismissNewToken}>Done</Button>
        </MessageBar>
      )}
      {!connection.stored && (
        <MessageBar intent="warning">
          <MessageBarBody>This browser would not store the connection; it is kept only until the pane closes.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={connection.pair}>{connection.paired ? "Pair again" : "Pair"}</Button>
        <Button
          appearance="primary"
          onClick={() => {
            commit();
            void connection.test();
          }}
          disabled={connection.check.state === "testing"}
        >
          {connection.check.state === "testing" ? "Testing…" : "Test connection"}
        </Button>
      </div>
      <ConnectionCheckResult check={connection.check} url={connection.connection.url} />
    </div>
  );
}
