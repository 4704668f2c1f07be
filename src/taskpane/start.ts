/** How long to wait for Office.onReady before deciding this is a plain browser page. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

/**
 * "excel" inside Excel, "browser" anywhere else: Office.js failed to load (offline, blocked, not in
 * Office), or loaded in a plain browser tab where onReady reports no host, or never answered.
 */
export async function detectHostKind(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<"excel" | "browser"> {
  if (!office || typeof office.onReady !== "function") return "browser";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"browser">((resolve) => {
    timer = setTimeout(() => resolve("browser"), timeoutMs);
  });
  const ready = office
    .onReady()
    .then((info) => (info && info.host === office.HostType.Excel ? ("excel" as const) : ("browser" as const)))
    .catch(() => "browser" as const);
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
