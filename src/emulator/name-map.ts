/**
 * Masters by name, matched the way Tally matches them: case-insensitively, ignoring surrounding
 * spaces (PROTOCOL.md 8.1: `CREDIT NOTE` finds Credit Note; two names differing only in case are
 * one master).
 */

/** The key Tally compares names by. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Same name for Tally? */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && nameKey(a) === nameKey(b);
}

/** An insertion-ordered map of masters keyed by their name. */
export class NameMap<T extends { name: string }> {
  private readonly byKey = new Map<string, T>();

  get(name: string | undefined): T | undefined {
    return name === undefined ? undefined : this.byKey.get(nameKey(name));
  }

  has(name: string | undefined): boolean {
    return this.get(name) !== undefined;
  }

  /** Adds or replaces the master stored under its (possibly new) name. */
  put(master: T, previousName?: string): void {
    if (previousName !== undefined && nameKey(previousName) !== nameKey(master.name)) {
      this.byKey.delete(nameKey(previousName));
    }
    this.byKey.set(nameKey(master.name), master);
  }

  remove(name: string): boolean {
    return this.byKey.delete(nameKey(name));
  }

  values(): T[] {
    return [...this.byKey.values()];
  }

  get size(): number {
    return this.byKey.size;
  }
}
