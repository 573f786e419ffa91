import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { BRIDGE_PROGRAM } from "../connection";
import type { Connection } from "../hooks/useConnection";
import { ConnectionCheckResult } from "./ConnectionCheckResult";
import { ProblemBar } from "./ProblemBar";

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
  const [code, setCode] = useState("");
  const commit = () => url.trim() !== connection.connection.url && connection.setUrl(url.trim());
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Connection to Tally (this computer only)</Subtitle2>
      <Field label="Bridge address" hint="Kept in this browser, never in the workbook.">
        <Input value={url} onChange={(_, d) => setUrl(d.value)} onBlur={commit} />
      </Field>
      <Text>{connection.paired ? "Paired with the bridge." : "Not paired with the bridge yet."}</Text>
      <Field
        label="Pairing code"
        hint={`Start ${BRIDGE_PROGRAM} on this computer; its window shows a pairing code. Type it here. The pane keeps the key it makes in this browser only.`}
      >
        <Input className={styles.command} value={code} onChange={(_, d) => setCode(d.value)} placeholder="ABCD-2345" />
      </Field>
      {connection.pairing.state === "paired" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Paired. The bridge remembers this pane; you need the code again only to pair anew.</MessageBarBody>
        </MessageBar>
      )}
      {connection.pairing.state === "failed" && <ProblemBar problem={connection.pairing.problem} />}
      {!connection.stored && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This browser would not store the connection; it is kept only until the pane closes.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          onClick={() => {
            commit();
            void connection.pair(code.trim()).then(() => setCode(""));
          }}
          disabled={code.trim() === "" || connection.pairing.state === "pairing"}
        >
          {connection.paired ? "Pair again" : "Pair"}
        </Button>
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
