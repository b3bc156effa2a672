// The title bar every pane starts with: a name on the left, a short detail on the right.

import type { ReactNode } from "react";

export function PaneHeader({ title, detail }: { readonly title: string; readonly detail?: ReactNode }) {
  return (
    <div className="pane-header">
      <h2>{title}</h2>
      {detail !== undefined && <span className="pane-detail">{detail}</span>}
    </div>
  );
}
