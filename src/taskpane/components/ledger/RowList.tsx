/** One list of the ledger form (保有, オフセット対象, 割当て): its heading, its cards or 「なし」, and its add button. */
import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { RowCards, type RowCard } from "../RowCards";
import { useSectionStyles } from "../section-styles";

interface RowListProps {
  readonly heading: string;
  /** Names the list for tests and the browser (RowCards' data-testid). */
  readonly name: string;
  readonly cards: readonly RowCard[];
  readonly noneText: string;
  readonly open: readonly string[];
  readonly onOpenChange: (open: string[]) => void;
  readonly onRemove: (id: string) => void;
  /** The add button, and what goes with it. */
  readonly children: ReactNode;
}

export function RowList(props: RowListProps) {
  const sectionStyles = useSectionStyles();
  const { cards } = props;
  return (
    <fieldset className={sectionStyles.group}>
      <legend className={sectionStyles.heading}>{props.heading}</legend>
      {cards.length === 0 ? (
        <Text size={200} className={sectionStyles.help}>
          {props.noneText}
        </Text>
      ) : (
        <RowCards
          rows={cards}
          open={props.open}
          onOpenChange={props.onOpenChange}
          onRemove={props.onRemove}
          name={props.name}
        />
      )}
      {props.children}
    </fieldset>
  );
}
