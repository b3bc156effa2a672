// The debugger's keys work wherever the focus is, the editor included: they are caught on
// the way down (capture), before Monaco sees them, which also keeps F8 from jumping to the
// next marker (Alt+F8 still does) and F11 from switching to full screen.

import { useEffect } from "react";
import { useSession } from "../../stores/session.ts";
import { actionForKey } from "./actions.ts";
import { debugView, perform } from "./view.ts";

export function useDebugKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const a = actionForKey(e, debugView(useSession.getState()));
      if (!a) return;
      e.preventDefault();
      e.stopPropagation();
      if (a !== "ours" && !e.repeat) perform(a);
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, []);
}
