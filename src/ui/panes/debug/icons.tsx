// The debugger's toolbar icons, drawn on a 16×16 grid in the current text colour.

import type { ReactNode } from "react";

export type IconName = "run" | "continue" | "pause" | "stepOver" | "step" | "stepOut" | "stepBack" | "reset";

const paths: Record<IconName, ReactNode> = {
  run: <path d="M4 2.5v11l9-5.5z" fill="currentColor" stroke="none" />,
  continue: (
    <>
      <path d="M2.5 3v10" />
      <path d="M6 2.5v11l8-5.5z" fill="currentColor" stroke="none" />
    </>
  ),
  pause: (
    <>
      <rect x="3.5" y="2.5" width="3" height="11" rx="0.5" fill="currentColor" stroke="none" />
      <rect x="9.5" y="2.5" width="3" height="11" rx="0.5" fill="currentColor" stroke="none" />
    </>
  ),
  stepOver: (
    <>
      <path d="M2.5 8.5a5.5 5.5 0 0 1 11 0" />
      <path d="M10.5 8.5h3.2v-3.2" />
      <circle cx="8" cy="12.5" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  step: (
    <>
      <path d="M8 1.5v7.5" />
      <path d="M5 6.5l3 3 3-3" />
      <circle cx="8" cy="13" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  stepOut: (
    <>
      <path d="M8 10V2.5" />
      <path d="M5 5.5l3-3 3 3" />
      <circle cx="8" cy="13" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  stepBack: (
    <>
      <path d="M13.5 8.5a5.5 5.5 0 0 0-11 0" />
      <path d="M5.5 8.5H2.3v-3.2" />
      <circle cx="8" cy="12.5" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  reset: (
    <>
      <path d="M13 8a5 5 0 1 1-1.5-3.6" />
      <path d="M12 1.8v3h-3" />
    </>
  ),
};

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {paths[name]}
    </svg>
  );
}
