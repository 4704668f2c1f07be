import { Field, Select } from "@fluentui/react-components";
import { shippedProfiles } from "../core";

export interface ProfileSelectProps {
  value: string;
  onChange: (profileId: string) => void;
  disabled?: boolean;
  label?: string;
}

/** The shipped jurisdiction profiles as a plain select (the audit, comparison and photo tabs). */
export function ProfileSelect({ value, onChange, disabled, label = "地区配置" }: ProfileSelectProps) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} disabled={disabled}>
        {shippedProfiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
