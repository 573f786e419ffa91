/**
 * Conditional formats: a range's collection lists the formats that intersect it (highest priority
 * first); add("Custom") makes a new top-priority format whose rule formula and fill are set after.
 * Other types exist only when a test builds them (a user's own colour scale, say).
 */
import { intersects } from "./a1";
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from "./client-object";
import { FakeOfficeError } from "./office-error";
import type { RangeTarget } from "./range";
import type { ConditionalFormatModel, SheetModel } from "./workbook-model";

interface FormatTarget {
  sheet: SheetModel;
  format: ConditionalFormatModel;
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat, FormatTarget, RangeTarget> {
  protected readonly kind = "ConditionalFormatCollection";

  protected members(parent: RangeTarget): FormatTarget[] {
    return parent.sheet.conditionalFormats
      .filter((f) => intersects(f.area, parent.area))
      .map((format) => ({ sheet: parent.sheet, format }));
  }

  protected wrap(member: FormatTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => member);
  }

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      this.through((parent) => {
        if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", `fake Excel: conditional format type ${type} is not modelled`);
        const format: ConditionalFormatModel = { id: `cf${this.context.model.nextId++}`, area: { ...parent.area }, type };
        parent.sheet.conditionalFormats.unshift(format);
        return { sheet: parent.sheet, format };
      }),
    );
  }
}

export class FakeConditionalFormat extends FakeClientObject<FormatTarget> {
  protected readonly kind = "ConditionalFormat";

  protected scalars(): Scalars<FormatTarget> {
    return {
      id: (t) => t.format.id,
      type: (t) => t.format.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.format),
    };
  }

  protected override navigation(name: string): AnyClientObject | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }

  /** Excel fails when `custom` is used on a format of another type. */
  get custom(): FakeCustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new FakeCustomConditionalFormat(
          this.context,
          this.through((t) => {
            if (t.format.type !== "Custom")
              throw new FakeOfficeError("InvalidOperation", "This conditional format is not a custom format.");
            return t.format;
          }),
        ),
    );
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new FakeCustomConditionalFormat(
          this.context,
          this.through((t) => (t.format.type === "Custom" ? t.format : null)),
        ),
    );
  }

  delete(): void {
    this.command((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.format);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatModel> {
  protected readonly kind = "CustomConditionalFormat";

  protected scalars(): Scalars<ConditionalFormatModel> {
    return {};
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }

  get rule(): FakeConditionalRule {
    return this.child(
      "rule",
      () =>
        new FakeConditionalRule(
          this.context,
          this.through((f) => f),
        ),
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this.child(
      "format",
      () =>
        new FakeConditionalRangeFormat(
          this.context,
          this.through((f) => f),
        ),
    );
  }
}

export class FakeConditionalRule extends FakeClientObject<ConditionalFormatModel> {
  protected readonly kind = "ConditionalFormatRule";
  protected scalars(): Scalars<ConditionalFormatModel> {
    return { formula: (f) => f.formula ?? "" };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.command((f) => {
      f.formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatModel> {
  protected readonly kind = "ConditionalRangeFormat";
  protected scalars(): Scalars<ConditionalFormatModel> {
    return {};
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    return name === "fill" ? this.fill : undefined;
  }
  get fill(): FakeConditionalFill {
    return this.child(
      "fill",
      () =>
        new FakeConditionalFill(
          this.context,
          this.through((f) => f),
        ),
    );
  }
}

export class FakeConditionalFill extends FakeClientObject<ConditionalFormatModel> {
  protected readonly kind = "ConditionalRangeFill";
  protected scalars(): Scalars<ConditionalFormatModel> {
    return { color: (f) => f.fill ?? null };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.command((f) => {
      f.fill = color;
    });
  }
}
