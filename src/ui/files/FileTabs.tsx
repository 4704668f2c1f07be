import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentErrorRegular, ErrorCircleRegular } from "@fluentui/react-icons";
import type { FileEntry } from "./use-file-checks";

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
});

function icon(f: FileEntry) {
  if (f.readError || f.checkError) return <DocumentErrorRegular />;
  if (!f.check) return undefined;
  const errors = f.check.check.results.reduce((n, r) => n + r.counts.errors, 0);
  return errors ? <ErrorCircleRegular /> : <CheckmarkCircleRegular />;
}

/** One tab per picked file, its icon saying at a glance whether it can be uploaded. */
export function FileTabs({ files, selected, onSelect }: { files: FileEntry[]; selected: number; onSelect: (id: number) => void }) {
  const s = useStyles();
  if (files.length < 2) return null;
  return (
    <TabList className={s.tabs} size="small" selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as number)} aria-label="已选择的文件">
      {files.map((f) => (
        <Tab key={f.id} value={f.id} icon={icon(f)}>
          {f.name}
        </Tab>
      ))}
    </TabList>
  );
}
