import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LeafTwoRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { fontSize: "32px", color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  title: { margin: 0 },
});

export interface HeaderProps {
  readonly strings: PaneStrings;
  readonly isInExcel: boolean;
}

export function Header({ strings, isInExcel }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <LeafTwoRegular className={styles.icon} aria-hidden />
      <div className={styles.titles}>
        <Text as="h1" weight="semibold" size={500} block className={styles.title}>
          {strings.title}
        </Text>
        <Text size={200}>{strings.subtitle}</Text>
      </div>
      {isInExcel && (
        <Badge appearance="tint" color="success">
          {strings.inExcel}
        </Badge>
      )}
    </header>
  );
}
