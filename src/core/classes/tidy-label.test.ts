import { tidyLabel } from "./tidy-label";

describe("tidyLabel", () => {
  it("drops half- and full-width spaces and tabs and makes full-width characters half-width", () => {
    expect(tidyLabel(" （１）班\u3000")).toBe("(1)班");
    expect(tidyLabel("一 年\t级")).toBe("一年级");
    expect(tidyLabel("初一3班")).toBe("初一3班");
  });
});
