/**
 * Tally's own master lists (ledgers, items, units, godowns, voucher types), read through the
 * bridge when the person asks: the pre-flight masters check and the mapping suggestions use them.
 */
import { useCallback, useState } from "react";
import type { TallyLists } from "../../core/push/masters-needed";
import type { MasterRecord } from "../../core/tally/read";
import { prepareTally } from "../../engine/prepare-tally";
import { readTallyLists, readVoucherTypes } from "../../engine/tally-reads";

import type { TallyPort } from "../../engine/ports";
import { problemOf, type Problem } from "../problem";

export interface TallyListsState {
  loading: boolean;
  lists?: TallyLists;
  /** Voucher types with their numbering method, for the numbering pre-flight. */
  voucherTypes?: MasterRecord[];
  problem?: Problem;
  preparing: boolean;
  load(client: TallyPort, company: string): Promise<void>;
  /** Prepare Tally (the person has confirmed): switch these types to Manual numbering, then read again. */
  prepare(client: TallyPort, company: string, voucherTypes: readonly string[]): Promise<void>;
}

export function useTallyLists(): TallyListsState {
  const [loading, setLoading] = useState(false);
  const [lists, setLists] = useState<TallyLists>();
  const [voucherTypes, setVoucherTypes] = useState<MasterRecord[]>();
  const [problem, setProblem] = useState<Problem>();
  const [preparing, setPreparing] = useState(false);

  const load = useCallback(async (client: TallyPort, company: string) => {
    setLoading(true);
    setProblem(undefined);
    try {
      setLists(await readTallyLists(client, company));
      setVoucherTypes(await readVoucherTypes(client, company));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, []);

  const prepare = useCallback(
    async (client: TallyPort, company: string, names: readonly string[]) => {
      setPreparing(true);
      setProblem(undefined);
      try {
        await prepareTally(client, company, names);
      } catch (error) {
        setProblem(problemOf(error));
      } finally {
        setPreparing(false);
      }
      await load(client, company);
    },
    [load],
  );

  return { loading, lists, voucherTypes, problem, preparing, load, prepare };
}
