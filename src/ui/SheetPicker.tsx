import { Field, Select } from "@fluentui/react-components";
import type { CheckResult } from "../core";

/** When a workbook has several template sheets, choose which one's results to show. */
export function SheetPicker({
  results,
  index,
  onChange,
}: {
  results: readonly CheckResult[];
  index: number;
  onChange: (index: number) => void;
}) {
  if (results.length < 2) return null;
  return (
    <Field label="工作表">
      <Select value={String(index)} onChange={(_, d) => onChange(Number(d.value))}>
        {results.map((r, i) => (
          <option key={i} value={i}>
            {r.sheet}（错误 {r.counts.errors}，警告 {r.counts.warnings}）
          </option>
        ))}
      </Select>
    </Field>
  );
}
