export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hand bytes to the browser as a file download; nothing leaves the machine. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // the download has started by the next task; revoking at once can cancel it in some browsers
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
