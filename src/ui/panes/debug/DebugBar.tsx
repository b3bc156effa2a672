// The debugger's toolbar: Run, Continue and Pause; the steps; Reset; and the input the
// program runs on (a packet, or for tracing types a context).

import { DEBUG_ACTIONS, titleOf } from "./actions.ts";
import { Icon } from "./icons.tsx";
import { InputField } from "./InputField.tsx";
import { useDebugKeys } from "./useDebugKeys.ts";
import { useBuild } from "../../stores/build.ts";
import { useSession } from "../../stores/session.ts";
import { perform, useDebugView } from "./view.ts";

/** C programs: whether the steps go by C statement or by instruction. */
function Granularity() {
  const isC = useBuild((s) => s.language === "c");
  const byLine = useSession((s) => s.stepByLine);
  const set = useSession((s) => s.setStepByLine);
  if (!isC) return null;
  return (
    <div className="button-group step-by" role="radiogroup" aria-label="Step by">
      <button type="button" role="radio" aria-checked={byLine} className={`debug-button${byLine ? " active" : ""}`} title="Step, Step over, Step out and Step back move one C statement" onClick={() => set(true)}>
        <span>C lines</span>
      </button>
      <button type="button" role="radio" aria-checked={!byLine} className={`debug-button${byLine ? "" : " active"}`} title="Step, Step over, Step out and Step back move one instruction" onClick={() => set(false)}>
        <span>Insns</span>
      </button>
    </div>
  );
}

const GROUPS = [["run", "continue", "pause"], ["stepOver", "step", "stepOut", "stepBack"], ["reset"]];

export function DebugBar() {
  useDebugKeys();
  const view = useDebugView();
  const isC = useBuild((s) => s.language === "c");
  const stepByLine = useSession((s) => s.stepByLine);
  const byLine = isC && stepByLine;
  return (
    <div className="debug-bar" role="toolbar" aria-label="Debugger">
      {GROUPS.map((ids) => (
        <div className="button-group" key={ids[0]}>
          {ids.map((id) => {
            const a = DEBUG_ACTIONS.find((x) => x.id === id)!;
            return (
              <button key={id} type="button" className={`debug-button action-${id}`} title={titleOf(a, byLine)} disabled={!a.enabled(view)} onClick={() => perform(a)}>
                {a.icon && <Icon name={a.icon} />}
                <span>{a.name}</span>
              </button>
            );
          })}
        </div>
      ))}
      <Granularity />
      <InputField />
    </div>
  );
}
