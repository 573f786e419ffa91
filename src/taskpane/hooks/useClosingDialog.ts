/**
 * What a confirmation dialog is asking about, kept for a second after it closes so the dialog stays
 * mounted while it animates shut: unmounted mid-close, Fluent's Dialog leaves the pane aria-hidden,
 * and mounted while closed its focus stand-ins stay in the page.
 */
import { useCallback, useEffect, useRef, useState } from "react";

const CLOSING_MS = 1_000;

export interface ClosingDialog<T> {
  /** What the dialog asks about; still set while it closes. Mount the dialog while this is set. */
  asking?: T;
  open: boolean;
  ask(about: T): void;
  close(): void;
}

export function useClosingDialog<T>(): ClosingDialog<T> {
  const [asking, setAsking] = useState<T>();
  const [open, setOpen] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(closing.current), []);
  const ask = useCallback((about: T) => {
    clearTimeout(closing.current);
    setAsking(() => about);
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    clearTimeout(closing.current);
    closing.current = setTimeout(() => setAsking(undefined), CLOSING_MS);
  }, []);
  return { asking, open, ask, close };
}
