/**
 * The subset of TDL formulae the emulator evaluates in collection FILTERS (PROTOCOL.md 5; BRIDGE 3;
 * GARG exportVouchersRaw): `$Field op value` with = != <> < > <= >=, values "text", numbers,
 * ##SVFromDate / ##SVToDate / ##SVCurrentCompany, joined by AND / OR (AND binds tighter), NOT and
 * parentheses. Keywords and names are case-insensitive, and so is text comparison, as in TDL.
 * Anything else (e.g. `$$IsEqual:...`) is reported as unsupported rather than guessed.
 */
import { compareDates, type CalendarDate } from "../core/dates";
import { readTallyDate } from "./tally-values";

export type Value = string | number | boolean | CalendarDate | undefined;

/** Reads `$Field` of the object being filtered, and `##Variable` of the request. */
export interface FormulaScope {
  field(name: string): Value;
  variable(name: string): Value;
}

export type Formula = (scope: FormulaScope) => boolean;

type Token = { kind: "field" | "var" | "str" | "num" | "op" | "word" | "(" | ")"; text: string };

const TOKEN = /\s*(?:(\$\$[\w.]*)|\$([\w.]+)|##(\w+)|"([^"]*)"|(-?\d+(?:\.\d+)?)(?![\w])|(<=|>=|!=|<>|=|<|>)|([A-Za-z_]\w*)|([()]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read "${text.slice(TOKEN.lastIndex).trim()}"`);
    if (m[1]) throw new Error(`function ${m[1]} is not supported`);
    if (m[2]) tokens.push({ kind: "field", text: m[2] });
    else if (m[3]) tokens.push({ kind: "var", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "str", text: m[4] });
    else if (m[5]) tokens.push({ kind: "num", text: m[5] });
    else if (m[6]) tokens.push({ kind: "op", text: m[6] });
    else if (m[7]) tokens.push({ kind: "word", text: m[7] });
    else tokens.push({ kind: m[8] as "(" | ")", text: m[8] });
  }
  return tokens;
}

function isDate(v: Value): v is CalendarDate {
  return typeof v === "object" && v !== null && "y" in v;
}

function asText(v: Value): string {
  if (typeof v === "boolean") return v ? "yes" : "no";
  return v === undefined || isDate(v) ? "" : String(v).toLowerCase();
}

/** -1, 0, 1 by TDL's loose typing: dates, then numbers, then case-insensitive text. */
function compare(a: Value, b: Value): number {
  const dateA = isDate(a) ? a : isDate(b) && typeof a === "string" ? readTallyDate(a) : undefined;
  const dateB = isDate(b) ? b : isDate(a) && typeof b === "string" ? readTallyDate(b) : undefined;
  if (dateA && dateB) return Math.sign(compareDates(dateA, dateB));
  if (isDate(a) || isDate(b)) return 1; // a date against anything else never matches
  const numA = typeof a === "number" ? a : Number(a);
  const numB = typeof b === "number" ? b : Number(b);
  if ((typeof a === "number" || typeof b === "number") && !Number.isNaN(numA) && !Number.isNaN(numB)) return Math.sign(numA - numB);
  const [ta, tb] = [asText(a), asText(b)];
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}

const TESTS: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0,
  "!=": (c) => c !== 0,
  "<>": (c) => c !== 0,
  "<": (c) => c < 0,
  ">": (c) => c > 0,
  "<=": (c) => c <= 0,
  ">=": (c) => c >= 0,
};

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Formula {
    const f = this.or();
    if (this.i < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.i].text}"`);
    return f;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === "word" && t.text.toUpperCase() === word;
  }

  private or(): Formula {
    let left = this.and();
    while (this.peekWord("OR")) {
      this.i++;
      const [l, r] = [left, this.and()];
      left = (s) => l(s) || r(s);
    }
    return left;
  }

  private and(): Formula {
    let left = this.term();
    while (this.peekWord("AND")) {
      this.i++;
      const [l, r] = [left, this.term()];
      left = (s) => l(s) && r(s);
    }
    return left;
  }

  private term(): Formula {
    if (this.peekWord("NOT")) {
      this.i++;
      const inner = this.term();
      return (s) => !inner(s);
    }
    if (this.tokens[this.i]?.kind === "(") {
      this.i++;
      const inner = this.or();
      if (this.tokens[this.i++]?.kind !== ")") throw new Error("missing )");
      return inner;
    }
    const left = this.operand();
    const op = this.tokens[this.i];
    if (op?.kind !== "op") return (s) => ["yes", "true"].includes(asText(left(s)));
    this.i++;
    const right = this.operand();
    return (s) => TESTS[op.text](compare(left(s), right(s)));
  }

  private operand(): (s: FormulaScope) => Value {
    const t = this.tokens[this.i++];
    if (!t) throw new Error("formula ends too early");
    if (t.kind === "field") return (s) => s.field(t.text);
    if (t.kind === "var") return (s) => s.variable(t.text);
    if (t.kind === "num") return () => Number(t.text);
    if (t.kind === "str" || (t.kind === "word" && /^(yes|no)$/i.test(t.text))) return () => t.text;
    throw new Error(`unexpected "${t.text}"`);
  }
}

/** Compiles a formula, or says why the emulator cannot evaluate it. */
export function compileFormula(text: string): { ok: true; formula: Formula } | { ok: false; reason: string } {
  try {
    return { ok: true, formula: new Parser(tokenize(text)).parse() };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
