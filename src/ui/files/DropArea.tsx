import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
    ...createFocusOutlineStyle(),
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

export interface DropAreaProps {
  /** what was dropped on it */
  onDrop: (data: DataTransfer) => void;
  testId: string;
  children: ReactNode;
}

/** The dashed area files are dropped on (the file check, the comparison, the photos), lit while they hover. */
export function DropArea({ onDrop, testId, children }: DropAreaProps) {
  const s = useStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(s.zone, over && s.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDrop(e.dataTransfer);
      }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
