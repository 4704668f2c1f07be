import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { shippedProfiles, templates } from "../core";
import { readBlobText } from "./read-blob";
import { CUSTOM_ID, type CheckSettings } from "./use-check-settings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  // side by side on a wide page, stacked in a 320 px pane
  field: { flex: "1 1 200px", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

const AUTO_LABEL = "自动识别（按表头）";

/** Template and jurisdiction profile, both changeable; a county's own profile can be loaded from a JSON file. */
export function CheckSettingsBar({ settings, detected }: { settings: CheckSettings; detected?: string | null }) {
  const s = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const templateLabel =
    settings.templateId === "auto" ? AUTO_LABEL : templates.find((t) => t.id === settings.templateId)?.name ?? settings.templateId;
  const profileLabel =
    settings.profileId === CUSTOM_ID && settings.custom
      ? `自定义：${settings.custom.profile.name}`
      : shippedProfiles.find((p) => p.id === settings.profileId)?.name ?? settings.profileId;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    settings.loadCustomProfile(file.name, await readBlobText(file));
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <div className={s.root}>
      <div className={s.row}>
        <Field
          className={s.field}
          label="模板"
          hint={settings.templateId === "auto" && detected ? `已识别：${detected}` : undefined}
        >
          <Dropdown
            className={s.dropdown}
            value={templateLabel}
            selectedOptions={[settings.templateId]}
            onOptionSelect={(_, d) => d.optionValue && settings.setTemplateId(d.optionValue)}
          >
            <Option value="auto">{AUTO_LABEL}</Option>
            {templates.map((t) => (
              <Option key={t.id} value={t.id}>
                {t.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={s.field} label="地区配置">
          <Dropdown
            className={s.dropdown}
            value={profileLabel}
            selectedOptions={[settings.profileId]}
            onOptionSelect={(_, d) => d.optionValue && settings.setProfileId(d.optionValue)}
          >
            {shippedProfiles.map((p) => (
              <Option key={p.id} value={p.id}>
                {p.name}
              </Option>
            ))}
            {settings.custom ? (
              <Option value={CUSTOM_ID} text={`自定义：${settings.custom.profile.name}`}>
                {`自定义：${settings.custom.profile.name}`}
              </Option>
            ) : null}
          </Dropdown>
        </Field>
      </div>
      <div>
        <Button size="small" icon={<DocumentAddRegular />} onClick={() => fileInput.current?.click()}>
          加载自定义配置…
        </Button>
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          accept=".json,application/json"
          aria-label="选择自定义配置文件"
          data-testid="profile-file"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {settings.customError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>自定义配置没有加载</MessageBarTitle>
            仍在使用「{profileLabel}」。请按下面的提示修改配置文件后重新加载：
            <ul className={s.problems}>
              {settings.customError.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
