// The column beside the editor: the bytecode listing, or the control-flow graph, in tabs.
// Both read the program from left to right and top to bottom, and both want height.

import { Tabs } from "../../components/Tabs.tsx";
import type { Tab } from "../../components/Tabs.tsx";
import { plural } from "../../format/bytes.ts";
import { useBuild } from "../../stores/build.ts";
import { useLayout } from "../../stores/layout.ts";
import type { CodeTab } from "../../stores/layout.ts";
import { useVerify } from "../../stores/verify.ts";
import { BytecodePane } from "../bytecode/BytecodePane.tsx";
import { CfgPane } from "../cfg/CfgPane.tsx";

export function CodeColumn() {
  const code = useLayout((s) => s.code);
  const showCode = useLayout((s) => s.showCode);
  const slots = useBuild((s) => s.slots);
  const blocks = useVerify((s) => (s.status === "skipped" ? 0 : (s.verdict?.cfg.blocks.length ?? 0)));

  const tabs: Tab<CodeTab>[] = [
    { id: "bytecode", label: "Bytecode", panel: <BytecodePane /> },
    { id: "cfg", label: "CFG", panel: <CfgPane /> },
  ];
  const detail = code === "bytecode" ? (slots > 0 ? `${slots * 8} bytes` : undefined) : blocks > 0 ? plural(blocks, "block") : undefined;
  return (
    <div className="pane pane-code">
      <Tabs label="Program views" tabs={tabs} selected={code} onSelect={showCode} actions={detail && <span className="pane-detail">{detail}</span>} />
    </div>
  );
}
