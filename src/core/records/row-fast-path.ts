/**
 * The common, valid row read straight from its cells into the object its table's zod schema would
 * output, without the draft object and zod's per-field payloads: on a 100,000-line table those were
 * the largest share of the reading time and garbage (issue #2). The check is derived from the zod
 * schema itself, field by field, for the few kinds a row schema uses; a row it cannot vouch for
 * (a blank required cell, an unreadable or unexpected value) goes the long way, through zod, the
 * only source of row findings.
 */
import { z } from "zod";
import type { MatchedColumn } from "./columns";
import { isBlank } from "./excel-values";

/** zod's output for a row of cells, or undefined when only the long way can tell. */
export type RowFastPath = (cells: readonly unknown[]) => Record<string, unknown> | undefined;

interface FieldCheck {
  key: string;
  presence: "required" | "optional" | "defaulted";
  accepts: (value: unknown) => boolean;
  /** Defaulted fields only: zod's default, read through the def each time as zod reads it. */
  defaultValue: (() => unknown) | undefined;
}

/** One field of one table: its check and the column that fills it, if the table has that column. */
interface Step extends FieldCheck {
  column: MatchedColumn | undefined;
}

// Def properties that change only how a failure is worded, never whether a value passes.
const WORDING = ["type", "error", "checks", "coerce"];
const BASE_KEYS: Readonly<Record<string, readonly string[]>> = {
  string: WORDING,
  number: WORDING,
  boolean: WORDING,
  enum: [...WORDING, "entries"],
  custom: [...WORDING, "check", "fn", "abort", "params", "path"],
};

/** True when a field's def holds nothing beyond `allowed`, no extra checks and no coercion. */
function isPlain(def: Readonly<Record<string, unknown>>, allowed: readonly string[]): boolean {
  if (def.coerce || (Array.isArray(def.checks) && def.checks.length > 0)) return false;
  return Object.keys(def).every((key) => allowed.includes(key));
}

/** What a base schema accepts, or undefined for a kind (or a refinement) this path does not know. */
function baseCheck(schema: z.ZodType): ((value: unknown) => boolean) | undefined {
  const def = schema.def as unknown as Readonly<Record<string, unknown>>;
  const allowed = BASE_KEYS[schema.def.type];
  if (!allowed || !isPlain(def, allowed)) return undefined;
  switch (schema.def.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum": {
      const values: ReadonlySet<unknown> = new Set((schema as z.ZodEnum).options);
      return (value) => values.has(value);
    }
    case "custom": {
      const fn = (schema as z.ZodCustom).def.fn;
      return (value) => fn(value) === true;
    }
  }
  return undefined;
}

function fieldCheck(key: string, schema: z.ZodType): FieldCheck | undefined {
  const def = schema.def as unknown as Readonly<Record<string, unknown>>;
  if (schema instanceof z.ZodOptional && isPlain(def, ["type", "innerType"])) {
    const accepts = baseCheck(schema.unwrap() as z.ZodType);
    return accepts && { key, presence: "optional", accepts, defaultValue: undefined };
  }
  if (schema instanceof z.ZodDefault && isPlain(def, ["type", "innerType", "defaultValue"])) {
    const accepts = baseCheck(schema.unwrap() as z.ZodType);
    // Read through the def on every row, as zod does (an object default is a fresh copy each time).
    const defaultValue = () => (schema.def as { defaultValue: unknown }).defaultValue;
    return accepts && { key, presence: "defaulted", accepts, defaultValue };
  }
  const accepts = baseCheck(schema);
  return accepts && { key, presence: "required", accepts, defaultValue: undefined };
}

function compile(schema: z.ZodType): readonly FieldCheck[] | undefined {
  if (!(schema instanceof z.ZodObject) || !isPlain(schema.def as unknown as Record<string, unknown>, ["type", "shape"])) return undefined;
  const fields: FieldCheck[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    // zod asks `key in row`, which an inherited name ("toString") would answer for an absent cell.
    const check = key in Object.prototype ? undefined : fieldCheck(key, field);
    if (!check) return undefined;
    fields.push(check);
  }
  return fields;
}

const compiled = new WeakMap<z.ZodType, readonly FieldCheck[] | null>();

/**
 * The fast path for one table's rows as its columns were matched; undefined when the schema uses a
 * kind it does not know, or a column fills no field of it (the long way reads every column).
 */
export function rowFastPath(schema: z.ZodType, columns: readonly MatchedColumn[]): RowFastPath | undefined {
  let fields = compiled.get(schema);
  if (fields === undefined) compiled.set(schema, (fields = compile(schema) ?? null));
  if (!fields) return undefined;
  const byField = new Map(columns.map((c) => [c.spec.field, c]));
  if (byField.size !== columns.length || columns.some((c) => !fields.some((f) => f.key === c.spec.field))) return undefined;
  const steps: Step[] = fields.map((field) => ({ ...field, column: byField.get(field.key) }));
  return (cells) => readRow(steps, cells);
}

/** Keys in shape order and only the shape's keys, as zod's output has them. */
function readRow(steps: readonly Step[], cells: readonly unknown[]): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {};
  for (const step of steps) {
    let value: unknown;
    let present = false;
    if (step.column && !isBlank(cells[step.column.col])) {
      const read = step.column.spec.read(cells[step.column.col]);
      if (!read.ok) return undefined;
      value = read.value;
      present = true;
    }
    if (value !== undefined) {
      if (!step.accepts(value)) return undefined;
      row[step.key] = value;
    } else if (step.presence === "required") {
      return undefined;
    } else if (step.presence === "defaulted") {
      row[step.key] = (step.defaultValue as () => unknown)();
    } else if (present) {
      row[step.key] = undefined;
    }
  }
  return row;
}
