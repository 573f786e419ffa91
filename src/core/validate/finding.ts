/**
 * Builds a Finding from a code, the cell it is about and the code's own words (messages.ts).
 * Rules never write sentences themselves.
 */
import { quoteValue, type Finding, type TableName } from "../findings";
import { MESSAGES, type Cell, type CodeDef, type FindingCode, type ParamsOf } from "./messages";

/** The cell a finding points at; value is what the cell held, as text. */
export interface At {
  table: TableName;
  row: number;
  column: string;
  value?: string;
}

type ParamArgs<C extends FindingCode> = unknown extends ParamsOf<C> ? [] : [ParamsOf<C>];

export function finding<C extends FindingCode>(code: C, at: At, ...params: ParamArgs<C>): Finding {
  const entry = MESSAGES[code] as CodeDef<ParamsOf<C>>;
  const words = { ...(params[0] as object), column: at.column, q: quoteValue(at.value ?? "") } as ParamsOf<C> & Cell;
  const result: Finding = {
    table: at.table,
    row: at.row,
    column: at.column,
    severity: entry.severity,
    code,
    message: entry.text(words),
  };
  if (at.value !== undefined) result.value = at.value;
  return result;
}
