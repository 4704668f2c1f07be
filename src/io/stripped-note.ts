/** What every door says when the upload copy lost control characters (UploadFile.strippedControlChars). */
export function strippedNote(count: number | undefined): string {
  return count ? `原文件中有 ${count} 个看不见的控制字符（Excel 打不开含这些字符的文件），上传用文件中已去掉。` : "";
}
