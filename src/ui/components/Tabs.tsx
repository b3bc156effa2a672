// Tabs after the WAI-ARIA pattern: a tablist of buttons, arrow keys move between them,
// and every panel stays mounted (hidden when not selected) so a terminal keeps its lines.

import { useId, useRef } from "react";
import type { KeyboardEvent, ReactNode } from "react";

export interface Tab<T extends string> {
  readonly id: T;
  readonly label: string;
  /** A small count or mark beside the label. */
  readonly badge?: ReactNode;
  /** Colours the badge: errors red, good news green. */
  readonly badgeTone?: "error" | "warn" | "ok";
  readonly panel: ReactNode;
}

export interface TabsProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly Tab<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  /** Shown at the right end of the tab bar. */
  readonly actions?: ReactNode;
}

export function Tabs<T extends string>({ label, tabs, selected, onSelect, actions }: TabsProps<T>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const k = tabs.findIndex((t) => t.id === selected);
    const next = e.key === "ArrowRight" ? k + 1 : e.key === "ArrowLeft" ? k - 1 : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const t = tabs[(next + tabs.length) % tabs.length];
    onSelect(t.id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${base}-tab-${t.id}`)}`)?.focus();
  };

  return (
    <div className="tabs">
      <div className="tab-bar">
        <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`${base}-tab-${t.id}`}
              role="tab"
              type="button"
              aria-selected={t.id === selected}
              aria-controls={`${base}-panel-${t.id}`}
              tabIndex={t.id === selected ? 0 : -1}
              onClick={() => onSelect(t.id)}
            >
              {t.label}
              {t.badge !== undefined && <span className={`tab-badge${t.badgeTone ? ` tone-${t.badgeTone}` : ""}`}>{t.badge}</span>}
            </button>
          ))}
        </div>
        {actions && <div className="tab-actions">{actions}</div>}
      </div>
      {tabs.map((t) => (
        <div key={t.id} id={`${base}-panel-${t.id}`} role="tabpanel" aria-labelledby={`${base}-tab-${t.id}`} hidden={t.id !== selected} className="tab-panel">
          {t.panel}
        </div>
      ))}
    </div>
  );
}
