/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookHost } from "../app/host";
import { CheckSettingsBar } from "./CheckSettingsBar";
import { fakeHost } from "./test-host";
import { renderFluent } from "./test-render";
import { SETTING_CUSTOM, SETTING_PROFILE, useCheckSettings, type CheckSettings } from "./use-check-settings";

let latest: CheckSettings;
function Harness({ host, detected }: { host: WorkbookHost; detected?: string }) {
  latest = useCheckSettings(host);
  return <CheckSettingsBar settings={latest} detected={detected} />;
}

function pickProfile(text: string, name = "county.json") {
  const file = new File([text], name, { type: "application/json" });
  fireEvent.change(screen.getByTestId("profile-file"), { target: { files: [file] } });
}

const GOOD = JSON.stringify({ extends: "national", id: "test-county", name: "测试县", classCaps: { primary: 40, junior: 45 } });

describe("CheckSettingsBar", () => {
  it("shows the detected template and the default profile", async () => {
    const { host } = fakeHost();
    renderFluent(<Harness host={host} detected="新生名单（学前调档）" />);
    expect(screen.getByText("已识别：新生名单（学前调档）")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "地区配置" }).textContent).toContain("全国默认");
    await waitFor(() => expect(host.loadSetting).toHaveBeenCalledTimes(3));
  });

  it("changes the profile and remembers it", async () => {
    const { host, settings } = fakeHost();
    renderFluent(<Harness host={host} />);
    await userEvent.click(screen.getByRole("combobox", { name: "地区配置" }));
    await userEvent.click(screen.getByRole("option", { name: /农安/ }));
    expect(latest.profileId).toBe("nongan");
    expect(settings.get(SETTING_PROFILE)).toBe("nongan");
    expect(latest.engineOptions().profile).toEqual({ id: "nongan" });
  });

  it("loads a custom profile file, selects it and remembers its text", async () => {
    const { host, settings } = fakeHost();
    renderFluent(<Harness host={host} />);
    pickProfile(GOOD);
    await waitFor(() => expect(latest.profileId).toBe("custom"));
    expect(screen.getByRole("combobox", { name: "地区配置" }).textContent).toContain("自定义：测试县");
    expect(JSON.parse(settings.get(SETTING_CUSTOM)!).fileName).toBe("county.json");
    expect(latest.engineOptions().profile).toEqual({ custom: JSON.parse(GOOD), fileName: "county.json" });
  });

  it("shows a bad profile's problems in Chinese and keeps the old choice", async () => {
    const { host } = fakeHost();
    renderFluent(<Harness host={host} />);
    pickProfile(JSON.stringify({ extends: "national", id: "x", name: "坏配置", classCaps: { primary: "四十五" } }), "bad.json");
    expect(await screen.findByText("自定义配置没有加载")).toBeTruthy();
    expect(screen.getByText(/配置文件 bad\.json 中 classCaps\.primary 无效/)).toBeTruthy();
    expect(latest.profileId).toBe("national");
  });

  it("says when the file is not JSON at all", async () => {
    const { host } = fakeHost();
    renderFluent(<Harness host={host} />);
    pickProfile("{ id: 'x',", "broken.json");
    expect(await screen.findByText(/配置文件 broken\.json 不是有效的 JSON/)).toBeTruthy();
  });

  it("restores a remembered custom profile on load", async () => {
    const { host, settings } = fakeHost();
    settings.set(SETTING_CUSTOM, JSON.stringify({ fileName: "county.json", text: GOOD }));
    settings.set(SETTING_PROFILE, "custom");
    await act(async () => {
      renderFluent(<Harness host={host} />);
    });
    await waitFor(() => expect(latest.custom?.profile.name).toBe("测试县"));
    expect(latest.profileId).toBe("custom");
  });
});
