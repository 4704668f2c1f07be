import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useNotices, type NoticeBoard } from "./notices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The adapter's notices, each dismissable. */
export function NoticeList({ board }: { board: NoticeBoard }) {
  const s = useStyles();
  const notices = useNotices(board);
  if (notices.length === 0) return null;
  return (
    <div className={s.root} role="status">
      {notices.map((text, i) => (
        <MessageBar key={`${i}:${text}`} intent="info" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label="关闭提示" icon={<DismissRegular />} onClick={() => board.dismiss(i)} />}
          />
        </MessageBar>
      ))}
    </div>
  );
}
