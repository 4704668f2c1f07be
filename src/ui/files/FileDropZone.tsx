import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { ACCEPTED } from "../../web/read-file";
import { DropArea } from "./DropArea";

const useStyles = makeStyles({
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
  return (
    <DropArea
      testId={testId}
      onDrop={(data) => {
        const dropped = [...data.files];
        if (dropped.length) onFiles(multiple ? dropped : dropped.slice(0, 1));
      }}
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
    </DropArea>
  );
}
