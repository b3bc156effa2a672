// The debugger's toolbar: Run, Continue and Pause; the steps; Reset; and the input the
// program runs on (a packet, or for tracing types a context).

import { DEBUG_ACTIONS, titleOf } from "./actions.ts";
import { Icon } from "./icons.tsx";
import { InputField } from "./InputField.tsx";
import { useDebugKeys } from "./useDebugKeys.ts";
import { perform, useDebugView } from "./view.ts";

const GROUPS = [["run", "continue", "pause"], ["stepOver", "step", "stepOut", "stepBack"], ["reset"]];

export function DebugBar() {
  useDebugKeys();
  const view = useDebugView();
  return (
    <div className="debug-bar" role="toolbar" aria-label="Debugger">
      {GROUPS.map((ids) => (
        <div className="button-group" key={ids[0]}>
          {ids.map((id) => {
            const a = DEBUG_ACTIONS.find((x) => x.id === id)!;
            return (
              <button key={id} type="button" className={`debug-button action-${id}`} title={titleOf(a)} disabled={!a.enabled(view)} onClick={() => perform(a)}>
                {a.icon && <Icon name={a.icon} />}
                <span>{a.name}</span>
              </button>
            );
          })}
        </div>
      ))}
      <InputField />
    </div>
  );
}
