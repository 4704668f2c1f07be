import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { browserPageUrl, type ConnectMessage } from "./start";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  url: { wordBreak: "break-all" },
});

/** taskpane.html before the pane: waiting for Excel, or why it cannot connect — never the file picker. */
export function ConnectView({ message }: { message: ConnectMessage }) {
  const s = useStyles();
  const url = browserPageUrl(document.baseURI);
  const { waiting } = message;
  return (
    <main className={s.root}>
      <Text as="h1" block className={s.title}>
        学籍导入助手
      </Text>
      {waiting && <Spinner size="small" label="正在连接 Excel…" />}
      {(message.text || !waiting) && (
        <MessageBar intent={message.intent} layout="multiline" role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {!waiting && <MessageBarTitle>{message.title}</MessageBarTitle>}
            {message.text}
            {message.browserPage && (
              <>
                {" "}
                <Link href={url} target="_blank" className={s.url}>
                  {url}
                </Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
