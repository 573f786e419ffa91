import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { UnmappedValue } from "../unmapped";
import { counted } from "../wording";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface UnmappedItem extends UnmappedValue {
  /** Tally names like this word, best first (empty until Tally's lists are read). */
  suggestions: string[];
}

export interface UnmappedListProps {
  items: readonly UnmappedItem[];
  onAdd(item: UnmappedValue, tallyName: string): void;
}

/** Workbook words with no Tally name, each with one-click suggestions or a row to fill in. */
export function UnmappedList({ items, onAdd }: UnmappedListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Words with no Tally name">
      {items.map((item) => (
        <li key={`${item.kind}|${item.value}`} className={styles.item}>
          <Text>
            {item.kind} “{item.value}” ({counted(item.rows, "row")})
          </Text>
          <div className={styles.actions}>
            {item.suggestions.map((name) => (
              <Button
                key={name}
                size="small"
                appearance="primary"
                onClick={() => onAdd(item, name)}
                aria-label={`Map ${item.value} to ${name}`}
              >
                {name}
              </Button>
            ))}
            <Button size="small" onClick={() => onAdd(item, "")} aria-label={`Add a mapping for ${item.value}`}>
              Add a row
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
