/**
 * Options with node:util parseArgs (strict: an unknown option is an error), turned into
 * UsageErrors that carry the command's usage text, plus the few value checks commands share.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./handle-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommand<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError((e as Error).message, usage);
  }
}

/** A whole number within [min, max]; `fallback` when the option was not given. */
export function wholeNumber(text: string | undefined, fallback: number, min: number, max: number, option: string, usage: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${option} takes a whole number from ${min} to ${max}, not "${text}".`, usage);
  return n;
}

/** One of the listed words; `fallback` when the option was not given. */
export function oneOf<T extends string>(
  text: string | undefined,
  choices: readonly T[],
  fallback: T | undefined,
  option: string,
  usage: string,
): T {
  if (text === undefined && fallback !== undefined) return fallback;
  if (text !== undefined && (choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${option} must be one of ${choices.join(", ")}${text === undefined ? "" : `, not "${text}"`}.`, usage);
}
