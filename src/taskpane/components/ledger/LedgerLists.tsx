/**
 * The three lists of クレジット管理 (holdings, offset targets, allocations): their cards, removing a row, and adding
 * one (which opens its card). Allocations need a holding and a target first.
 */
import type { Dispatch, SetStateAction } from "react";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import {
  addAllocation,
  addHolding,
  addTarget,
  removeAllocation,
  removeHolding,
  removeTarget,
} from "../../state/ledger-form";
import type { LedgerForm } from "../../state/form-drafts";
import { useSectionStyles } from "../section-styles";
import { allocationCard } from "./allocation-card";
import type { LedgerCardContext } from "./card-context";
import { holdingCard } from "./holding-card";
import { RowList } from "./RowList";
import { targetCard } from "./target-card";

const useStyles = makeStyles({ add: { alignSelf: "flex-start" } });

const lastId = (rows: readonly { readonly id: string }[]) => rows[rows.length - 1]?.id;

export interface LedgerListsProps {
  readonly ctx: LedgerCardContext;
  /** The ids of the open cards. */
  readonly open: readonly string[];
  readonly onOpenChange: Dispatch<SetStateAction<readonly string[]>>;
}

export function LedgerLists({ ctx, open, onOpenChange }: LedgerListsProps) {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const { form, onChange } = ctx;
  const s = ctx.strings.ledger;

  /** Adds a row and opens its card. */
  const add = (
    next: (f: LedgerForm) => LedgerForm,
    idOf: (f: LedgerForm) => string | undefined
  ) => {
    const updated = next(form);
    onChange(updated);
    const id = idOf(updated);
    if (id) onOpenChange((o) => [...o, id]);
  };
  const addButton = (text: string, onClick: () => void, disabled = false) => (
    <Button className={styles.add} icon={<AddRegular />} disabled={disabled} onClick={onClick}>
      {text}
    </Button>
  );
  const list = { noneText: s.none, open, onOpenChange };
  const canAllocate = form.holdings.length > 0 && form.targets.length > 0;

  return (
    <>
      <RowList
        {...list}
        heading={s.holdingsHeading}
        name="ledger-holdings"
        cards={form.holdings.map((h, i) => holdingCard(ctx, h, i))}
        onRemove={(id) => onChange((f) => removeHolding(f, id))}
      >
        {addButton(s.addHolding, () => add(addHolding, (f) => lastId(f.holdings)))}
      </RowList>
      <RowList
        {...list}
        heading={s.targetsHeading}
        name="ledger-targets"
        cards={form.targets.map((t, i) => targetCard(ctx, t, i))}
        onRemove={(id) => onChange((f) => removeTarget(f, id))}
      >
        {addButton(s.addTarget, () => add(addTarget, (f) => lastId(f.targets)))}
      </RowList>
      <RowList
        {...list}
        heading={s.allocationsHeading}
        name="ledger-allocations"
        cards={form.allocations.map((a, i) => allocationCard(ctx, a, i))}
        onRemove={(id) => onChange((f) => removeAllocation(f, id))}
      >
        {addButton(
          s.addAllocation,
          () =>
            add(
              (f) => addAllocation(f),
              (f) => lastId(f.allocations)
            ),
          !canAllocate
        )}
        {!canAllocate && (
          <Text size={200} className={sectionStyles.help}>
            {s.allocationNeeds}
          </Text>
        )}
      </RowList>
    </>
  );
}
