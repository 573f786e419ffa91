import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { checkMasters } from "../../core/push/masters-needed";
import { planPush } from "../../core/push/plan";
import { numberingProblems } from "../../core/push/numbering";
import { companyMemory } from "../../core/records/settings";
import type { Connection } from "../hooks/useConnection";
import { usePostingLog } from "../hooks/usePostingLog";
import type { Push, PushRequest } from "../hooks/usePush";
import type { TallyListsState } from "../hooks/useTallyLists";
import type { Validation } from "../hooks/useValidation";
import { heldBackRows, summariseVouchers } from "../send-summary";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { MastersCheck } from "./MastersCheck";
import { NumberingCheck } from "./NumberingCheck";
import { NeedsValidation } from "./NeedsValidation";
import { PreflightSummary } from "./PreflightSummary";
import { ProblemBar } from "./ProblemBar";
import { ValidationProgress } from "./ValidationProgress";
import { PushProgress } from "./PushProgress";
import { PushResult } from "./PushResult";
import { ReplaceTallyChanges } from "./ReplaceTallyChanges";
import { TakenBackCheck } from "./TakenBackCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  send: { alignSelf: "flex-start" },
});

export interface SendPanelProps {
  validation: Validation;
  connection: Connection;
  tallyLists: TallyListsState;
  push: Push;
  port: WorkbookPort;
  onOpenSettings(): void;
  /** Changes whenever something else wrote the PostingLog (a Take back), so it is read again. */
  logChanged?: unknown;
}

/**
 * Send to Tally: the pre-flight summary, then the push. Rows with errors do not stop the others:
 * their vouchers are held back and the rest are sent. The workbook is read again just before
 * sending, so what goes to Tally is what the sheet holds now.
 */
export function SendPanel({ validation, connection, tallyLists, push, port, onOpenSettings, logChanged }: SendPanelProps) {
  const styles = useStyles();
  const result = validation.result;
  const vouchers = useMemo(() => result?.handoff.vouchers ?? [], [result]);
  const summary = useMemo(() => summariseVouchers(vouchers), [vouchers]);
  const log = usePostingLog(port.postingLog, result, push.report, logChanged);
  const takenBack = useMemo(() => planPush(vouchers, log).flatMap((p) => (p.action === "taken-back" ? [p.voucher] : [])), [vouchers, log]);
  const masters = useMemo(() => (tallyLists.lists ? checkMasters(vouchers, tallyLists.lists) : undefined), [vouchers, tallyLists.lists]);
  const tallyNumbers = result?.handoff.books.settings.tallyNumbers;
  const numbering = useMemo(
    () => (tallyLists.voucherTypes ? numberingProblems(vouchers, tallyLists.voucherTypes, new Set(tallyNumbers ?? [])) : []),
    [vouchers, tallyLists.voucherTypes, tallyNumbers],
  );
  if (!result)
    return <NeedsValidation what="the vouchers to send" running={validation.running} onValidate={() => void validation.validate()} />;

  const settings = result.handoff.books.settings;
  const held = heldBackRows(result.verdicts);
  const busy = push.running || validation.running;
  const canSend = connection.paired && settings.company !== "" && vouchers.length > 0 && !busy;

  /** What the person confirmed for this push, if anything. */
  type Confirmed = Pick<PushRequest, "acceptOtherCompany" | "recreateTakenBack" | "replaceTallyChanges" | "only">;
  const send = async (confirmed: Confirmed = {}) => {
    const fresh = await validation.validate();
    if (!fresh || fresh.handoff.vouchers.length === 0) return;
    const s = fresh.handoff.books.settings;
    const report = await push.start({
      vouchers: fresh.handoff.vouchers,
      company: s.company,
      createMissingMasters: s.createMissingMasters,
      tally: connection.client(),
      log: port.postingLog,
      statuses: port.statuses,
      tallyNumbers: s.tallyNumbers,
      sentTo: s.sentTo,
      ...confirmed,
    });
    // Remember who the company is, so a later push to another company of that name stops and asks.
    const company = report?.company;
    if (company?.guid) for (const [key, value] of companyMemory(company)) await port.writeSetting(key, value);
  };
  const otherCompany = push.report?.stoppedBy?.code === "tally-other-company";

  return (
    <div className={styles.root}>
      <ValidationProgress validation={validation} />
      {validation.problem && <ProblemBar problem={validation.problem} />}
      <PreflightSummary summary={summary} />
      {held > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {counted(held, "row")} with errors (or on a voucher with an error) will be held back; the rest are sent. See Validate.
          </MessageBarBody>
        </MessageBar>
      )}
      {!connection.paired && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Not connected to the Tally Handoff bridge yet: pair with it in Settings.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onOpenSettings}>Open Settings</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {settings.company === "" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Tally Company is blank: set it in Settings.</MessageBarBody>
        </MessageBar>
      )}
      <MastersCheck
        check={masters}
        createMissing={settings.createMissingMasters}
        canCheck={connection.paired && settings.company !== "" && !busy}
        loading={tallyLists.loading}
        problem={tallyLists.problem}
        onCheck={() => void tallyLists.load(connection.client(), settings.company)}
      />
      <NumberingCheck
        company={settings.company}
        problems={numbering}
        preparing={tallyLists.preparing}
        onPrepare={() =>
          void tallyLists.prepare(
            connection.client(),
            settings.company,
            numbering.map((p) => p.voucherType),
          )
        }
      />
      <TakenBackCheck vouchers={takenBack} disabled={!canSend} onRecreate={() => void send({ recreateTakenBack: true })} />
      <Button id="send-vouchers" className={styles.send} appearance="primary" disabled={!canSend} onClick={() => void send()}>
        {push.running ? "Sending…" : `Send ${counted(vouchers.length, "voucher")} to Tally`}
      </Button>
      {push.running && <PushProgress progress={push.progress} cancelling={push.cancelling} onCancel={push.cancel} />}
      {push.problem && <ProblemBar problem={push.problem} />}
      {!push.running && push.report && <PushResult report={push.report} />}
      {/* Mounted while its dialog closes, even as the push it started runs. */}
      <ReplaceTallyChanges
        results={push.running ? [] : (push.report?.results ?? [])}
        disabled={!canSend}
        onReplace={(held) => void send({ replaceTallyChanges: true, only: held.map((v) => v.remoteId) })}
      />
      {!push.running && otherCompany && (
        <Button className={styles.send} disabled={!canSend} onClick={() => void send({ acceptOtherCompany: true })}>
          {`The open ${settings.company} is the right company: send to it`}
        </Button>
      )}
    </div>
  );
}
