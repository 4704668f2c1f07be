import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { ACCEPTED } from "../../web/read-file";

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
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { display: "none" },
});

export interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  /** the words on the zone and its picker; the file check's by default */
  title?: string;
  hint?: string;
  inputLabel?: string;
  /** one file (the roster comparison's two zones) or several */
  multiple?: boolean;
  /** test ids of the zone and its input, when a page has more than one zone */
  testId?: string;
}

/** Pick or drop one or more workbooks. The files are read in this page only; nothing is uploaded. */
export function FileDropZone({
  onFiles,
  title = "把学籍导入表拖到这里",
  hint = "支持 .xlsx、.xls（直接读取，不必先另存为 .xlsx）、.csv，可一次选多个文件。文件只在本机浏览器中检查，不会上传。",
  inputLabel = "选择要检查的文件",
  multiple = true,
  testId = "drop-zone",
}: FileDropZoneProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
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
        const dropped = [...e.dataTransfer.files];
        if (dropped.length) onFiles(multiple ? dropped : dropped.slice(0, 1));
      }}
      data-testid={testId}
    >
      <Text weight="semibold">{title}</Text>
      <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        选择文件…
      </Button>
      <Text className={s.hint}>{hint}</Text>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        multiple={multiple}
        accept={ACCEPTED.join(",")}
        aria-label={inputLabel}
        data-testid={testId === "drop-zone" ? "file-input" : `${testId}-input`}
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
