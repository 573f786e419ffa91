/**
 * The mapping rows while they are edited, with undo back to what the workbook holds: each change
 * is one step (typing in one row's Tally name is one step until another row or action comes).
 */
import { useCallback, useState } from "react";
import type { MappingDraft } from "../mapping-drafts";

export interface MappingDrafts {
  drafts: MappingDraft[];
  dirty: boolean;
  /** What Undo would take back, in words ("accept 12 suggestions"); undefined when nothing. */
  undoLabel?: string;
  edit(change: (drafts: MappingDraft[]) => MappingDraft[], label: string, typingIn?: number): void;
  undo(): void;
  /** A fresh read of the workbook: the rows as saved, no history. */
  reset(drafts: MappingDraft[]): void;
}

interface Step {
  before: MappingDraft[];
  label: string;
  typingIn?: number;
}

interface State {
  drafts: MappingDraft[];
  history: Step[];
}

export function useMappingDrafts(initial: () => MappingDraft[]): MappingDrafts {
  const [state, setState] = useState<State>(() => ({ drafts: initial(), history: [] }));

  const edit = useCallback((change: (drafts: MappingDraft[]) => MappingDraft[], label: string, typingIn?: number) => {
    setState(({ drafts, history }) => {
      const last = history[history.length - 1];
      const same = typingIn !== undefined && last?.typingIn === typingIn;
      return { drafts: change(drafts), history: same ? history : [...history, { before: drafts, label, typingIn }] };
    });
  }, []);

  const undo = useCallback(() => {
    setState((s) => {
      const last = s.history[s.history.length - 1];
      return last ? { drafts: last.before, history: s.history.slice(0, -1) } : s;
    });
  }, []);

  const reset = useCallback((drafts: MappingDraft[]) => setState({ drafts, history: [] }), []);

  const last = state.history[state.history.length - 1];
  return { drafts: state.drafts, dirty: state.history.length > 0, undoLabel: last?.label, edit, undo, reset };
}
