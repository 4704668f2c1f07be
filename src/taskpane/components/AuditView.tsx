import { Text } from "@fluentui/react-components";
import type { WorkbookHost } from "../../app/host";

/**
 * Placeholder for the county audit view; the audit helper owns this file and replaces it.
 * Contract: App renders <AuditView host={host} /> in the "县区汇总审核" tab.
 */
export function AuditView(_props: { host: WorkbookHost }) {
  return <Text>县区汇总审核：即将提供。</Text>;
}
