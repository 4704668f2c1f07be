import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

/** Applying fixes edits the registrar's sheet, so it is asked for, and says a backup is kept. */
export function ConfirmFixesDialog({
  open,
  fixes,
  sheet,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  fixes: number;
  sheet: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>应用 {fixes} 处可修正项？</DialogTitle>
          <DialogContent>
            这会直接修改工作表「{sheet}」中的单元格（如去掉多余空格、统一日期格式、把代码换成名称）。
            修改前会先把原表复制一份作为备份，备份工作表的名称会在完成后显示。
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              备份并修正
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
