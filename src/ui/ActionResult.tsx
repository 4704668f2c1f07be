import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ActionOutcome {
  intent: "success" | "error" | "info";
  title: string;
  text: string;
}

/** What the last action did, or why it failed and what to do. */
export function ActionResult({ outcome }: { outcome: ActionOutcome | null }) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}
