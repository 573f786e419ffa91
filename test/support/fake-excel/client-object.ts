/**
 * The Office.js proxy model: calls queue commands, context.sync() runs them in order. A property
 * can be read only after load() and a sync (else PropertyNotLoaded), sets are applied at sync, and
 * every object is bound to its model object where its creation falls in the queue.
 */
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from "./office-error";
import type { FakeRequestContext } from "./request-context";

/** load() arguments: "a, b/c", ["a", "b/c"], or { a: true, b: { c: true } }. */
export type LoadOption = string | string[] | { [key: string]: unknown } | undefined;

export function loadPaths(option: LoadOption): string[][] {
  if (option === undefined) return [];
  if (typeof option === "string") {
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split("/").map((p) => p.trim()));
  }
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o));
  return Object.entries(option).flatMap(([key, v]): string[][] => {
    if (key.startsWith("$") || v === false || v === undefined) return [];
    if (v === true) return [[key]];
    if (typeof v === "object" && v !== null) return loadPaths(v as LoadOption).map((p) => [key, ...p]);
    return [];
  });
}

export type Scalars<T> = Record<string, (target: T) => unknown>;

/** Proxies of every kind, where one slot holds any of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClientObject = FakeClientObject<any>;

export abstract class FakeClientObject<T> {
  private bound = false;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, AnyClientObject>();
  private readonly createdBefore: number;

  constructor(
    readonly context: FakeRequestContext,
    bind: () => T | null,
  ) {
    this.createdBefore = context.completedSyncs;
    const run = () => {
      this.target = bind();
      this.bound = true;
    };
    if (context.executing) run();
    else context.enqueue(run);
  }

  /** Name used in error messages. */
  protected abstract readonly kind: string;
  /** Loadable scalar properties and how each is read from the model. */
  protected abstract scalars(): Scalars<T>;

  /** The bound model object, or null for a null object. */
  resolve(): T | null {
    if (!this.bound) throw new Error(`fake Excel: ${this.kind} used before the command that made it ran`);
    return this.target;
  }

  /** The bound model object; a command on a null object fails like Excel's ItemNotFound. */
  protected need(): T {
    const t = this.resolve();
    if (t === null) throw itemNotFound(this.kind);
    return t;
  }

  get isNullObject(): boolean {
    if (this.context.completedSyncs <= this.createdBefore) throw propertyNotLoaded("isNullObject");
    return this.resolve() === null;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Runs a load at sync time; an empty path list loads every scalar. */
  loadNow(paths: string[][]): void {
    const target = this.resolve();
    if (target === null) return;
    const scalars = this.scalars();
    const wanted = paths.length > 0 ? paths : Object.keys(scalars).map((k) => [k]);
    for (const [head, ...rest] of wanted) {
      const read = scalars[head];
      if (read && rest.length === 0) {
        const value = read(target);
        this.context.received(value, () => this.loaded.set(head, value));
        continue;
      }
      const child = this.navigation(head);
      if (!child) throw new FakeOfficeError("InvalidArgument", `fake Excel: ${this.kind}.${head} is not modelled`);
      child.loadNow(rest.length > 0 ? [rest] : []);
    }
  }

  /** Navigation properties by name (for nested loads); none by default. */
  protected navigation(_name: string): AnyClientObject | undefined {
    return undefined;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected remember(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  /** Queues a command on the bound object; `payload` is counted as sent. */
  protected command(apply: (target: T) => void, payload?: unknown): void {
    if (payload !== undefined) this.context.sent(payload);
    this.context.enqueue(() => apply(this.need()));
  }

  /** A child proxy bound through this one (a null parent gives a null child); one per name. */
  protected child<C extends AnyClientObject>(name: string, make: () => C): C {
    let existing = this.children.get(name) as C | undefined;
    if (!existing) {
      existing = make();
      this.children.set(name, existing);
    }
    return existing;
  }

  /** Binder for a derived object: null when this one is null. */
  protected through<U>(f: (target: T) => U | null): () => U | null {
    return () => {
      const t = this.resolve();
      return t === null ? null : f(t);
    };
  }
}

/** A collection: loading it binds `items` to the model's members at that moment. */
export abstract class FakeCollection<I extends AnyClientObject, M, P> extends FakeClientObject<P> {
  protected abstract members(parent: P): M[];
  protected abstract wrap(member: M): I;

  protected scalars(): Scalars<P> {
    return {};
  }

  get items(): I[] {
    return this.read<I[]>("items");
  }

  override loadNow(paths: string[][]): void {
    const parent = this.resolve();
    if (parent === null) return;
    const inner = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.members(parent).map((m) => this.wrap(m));
    for (const item of items) item.loadNow(inner);
    this.context.received(null, () => this.remember("items", items));
  }
}
