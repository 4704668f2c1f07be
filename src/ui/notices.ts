import { useSyncExternalStore } from "react";

/**
 * Things the Excel adapter tells the user that are not errors ("已新增「学籍号」列", "12 个单元格已有
 *内容，未覆盖"). The adapter is created before React renders, so it pushes here and the pane listens.
 */
export interface NoticeBoard {
  push(message: string): void;
  dismiss(index: number): void;
  subscribe(listener: () => void): () => void;
  current(): readonly string[];
}

export function createNoticeBoard(): NoticeBoard {
  let notices: readonly string[] = [];
  const listeners = new Set<() => void>();
  const set = (next: readonly string[]) => {
    notices = next;
    for (const l of listeners) l();
  };
  return {
    push: (message) => set([...notices, message]),
    dismiss: (index) => set(notices.filter((_, i) => i !== index)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => notices,
  };
}

export function useNotices(board: NoticeBoard): readonly string[] {
  return useSyncExternalStore(board.subscribe, board.current);
}
