/**
 * Read a picked file with FileReader, which every WebView Office uses has (Blob.text/arrayBuffer
 * are missing in older ones and in jsdom).
 */
function read<T>(start: (r: FileReader) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error("读取文件失败"));
    start(reader);
  });
}

export function readBlobText(blob: Blob): Promise<string> {
  return read<string>((r) => r.readAsText(blob, "utf-8"));
}

export async function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await read<ArrayBuffer>((r) => r.readAsArrayBuffer(blob)));
}
