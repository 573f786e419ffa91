/**
 * Tally's own master lists (ledgers, items, units, godowns, voucher types), read through the
 * bridge when the person asks: the pre-flight masters check and the mapping suggestions use them.
 */
import { useCallback, useState } from "react";
import type { TallyLists } from "../../core/push/masters-needed";
import { readTallyLists } from "../../engine/tally-reads";
import type { BridgeClient } from "../bridge-client";
import { problemOf, type Problem } from "../problem";

export interface TallyListsState {
  loading: boolean;
  lists?: TallyLists;
  problem?: Problem;
  load(client: BridgeClient, company: string): Promise<void>;
}

export function useTallyLists(): TallyListsState {
  const [loading, setLoading] = useState(false);
  const [lists, setLists] = useState<TallyLists>();
  const [problem, setProblem] = useState<Problem>();

  const load = useCallback(async (client: BridgeClient, company: string) => {
    setLoading(true);
    setProblem(undefined);
    try {
      setLists(await readTallyLists(client, company));
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  }, []);

  return { loading, lists, problem, load };
}
