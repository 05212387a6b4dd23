import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LeafTwoRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../i18n";

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
  subtitle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
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
        <div className={styles.subtitle}>
          <Text size={200}>{strings.subtitle}</Text>
          {isInExcel && (
            <Badge appearance="tint" color="success" size="small">
              {strings.inExcel}
            </Badge>
          )}
        </div>
      </div>
    </header>
  );
}
