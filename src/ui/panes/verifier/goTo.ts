// Going to an instruction from the Verifier pane: it becomes the selected one (the pane shows
// its states, the log its lines) and the editor's cursor moves to its source line (the bytecode
// rows of that line light up), as a click in Problems, Bytecode or the graph does.

import { useCallback } from "react";
import { useDocument } from "../../stores/document.ts";
import { useVerify } from "../../stores/verify.ts";

export function useGoTo(): (pc: number) => void {
  const selectPc = useVerify((s) => s.selectPc);
  const revealLine = useDocument((s) => s.revealLine);
  return useCallback(
    (pc: number) => {
      selectPc(pc);
      const line = useVerify.getState().verdict?.lines[pc];
      if (line) revealLine(line);
    },
    [selectPc, revealLine],
  );
}
