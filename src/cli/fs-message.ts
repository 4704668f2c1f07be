/**
 * What the file system said, as a registrar can act on it: "EACCES: permission denied, open '…'" means
 * nothing to one. Every read and write of the command line goes through this.
 */
type Action = "read" | "write";

const READ: Record<string, string> = {
  ENOENT: "找不到这个文件（File not found）。请检查路径和文件名。",
  EACCES: "没有读取这个文件的权限（被拒绝访问）。请让有权限的人把文件复制给你，或在文件属性中允许读取后再检查。",
  EISDIR: "这是一个文件夹，不是文件。请给出表格文件；检查整个文件夹请用 xueji audit。",
  ENOTDIR: "路径中有一段是文件而不是文件夹。请检查路径。",
  ENAMETOOLONG: "文件名或路径太长。请把文件移到路径较短的文件夹，或改短文件名后再检查。",
  ELOOP: "这个快捷方式（符号链接）指向自己，打不开。请给出文件本身。",
  EBUSY: "文件正被其他程序使用。请在 Excel 或 WPS 中关闭它后再检查。",
  EIO: "读取磁盘时出错，文件可能在损坏的 U 盘或网络盘上。请把文件复制到本机硬盘后再检查。",
  EMFILE: "同时打开的文件太多。请分几次检查，或关闭其他程序后重试。",
};

const WRITE: Record<string, string> = {
  ENOENT: "要写入的文件夹不存在。请检查 --out 给出的路径。",
  EACCES: "没有在这里写文件的权限。请用 --out 换一个自己的文件夹（如桌面）。",
  EISDIR: "已有同名的文件夹。请用 --out 换一个名字或文件夹。",
  ENOTDIR: "路径中有一段是文件而不是文件夹。请用 --out 换一个文件夹。",
  EEXIST: "已有同名的文件，不是文件夹。请用 --out 换一个文件夹。",
  ENAMETOOLONG: "文件名或路径太长。请用 --out 换一个路径较短的文件夹。",
  ENOSPC: "磁盘已满。请清理磁盘空间，或用 --out 写到另一个磁盘。",
  EROFS: "这个磁盘是只读的（如写保护的 U 盘）。请用 --out 写到本机的文件夹。",
  EBUSY: "同名文件正被其他程序使用。请在 Excel 或 WPS 中关闭它后重试。",
  EIO: "写入磁盘时出错。请用 --out 写到本机硬盘上的文件夹。",
  EMFILE: "同时打开的文件太多。请关闭其他程序后重试。",
};
READ.EPERM = READ.EACCES;
WRITE.EPERM = WRITE.EACCES;
READ.ENFILE = READ.EMFILE;
WRITE.ENFILE = WRITE.EMFILE;

/** The error's system code ("EACCES"), if it is a file-system error. */
export function fsCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** A Chinese sentence for a failed read of an input or a failed write of `path`; the code stays for support. */
export function fsMessage(e: unknown, action: Action, path?: string): string {
  const code = fsCode(e) ?? "EUNKNOWN";
  const known = (action === "read" ? READ : WRITE)[code];
  const where = action === "write" && path ? `无法写出「${path}」：` : "";
  if (known) return where + known;
  return action === "read"
    ? `无法读取这个文件（系统错误 ${code}）。请确认它能在 Excel 或 WPS 中打开，复制到本机硬盘后再检查。`
    : `${where || "无法写出文件："}系统错误 ${code}。请用 --out 换一个本机的文件夹后重试。`;
}
