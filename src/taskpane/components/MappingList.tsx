import { memo, useCallback } from "react";
import type { ListEntry } from "../mapping-list";
import { GROUP_PX, MappingGroupHeading, MappingListRow, ROW_PX } from "./MappingListRow";
import { VirtualList } from "./VirtualList";

const heightOf = (e: ListEntry) => (e.type === "group" ? GROUP_PX : ROW_PX);
const keyOf = (e: ListEntry) => e.key;

export interface MappingListProps {
  entries: readonly ListEntry[];
  label: string;
  onName(id: number, tallyName: string): void;
  onRemove(id: number): void;
}

/** The arranged mappings (group headings and rows) in a windowed list: only the rows in sight are drawn. */
export const MappingList = memo(function MappingList({ entries, label, onName, onRemove }: MappingListProps) {
  const render = useCallback(
    (e: ListEntry) =>
      e.type === "group" ? (
        <MappingGroupHeading kind={e.kind} count={e.count} />
      ) : (
        <MappingListRow draft={e.draft} suggestion={e.suggestion} onName={onName} onRemove={onRemove} />
      ),
    [onName, onRemove],
  );
  return <VirtualList items={entries} keyOf={keyOf} heightOf={heightOf} render={render} label={label} />;
});
