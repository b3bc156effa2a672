// The examples menu: picking one loads its text, program type and a fresh session.

import { useId } from "react";
import { ASM_CATALOG } from "../../examples/catalog.ts";
import { C_CATALOG } from "../../examples/c_catalog.ts";
import { loadExample } from "../../examples/load.ts";

export function ExamplesMenu() {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Examples</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value) loadExample(e.target.value);
        }}
      >
        <option value="" disabled>
          Load an example…
        </option>
        {[
          ["C", C_CATALOG],
          ["Assembly", ASM_CATALOG],
        ].map(([group, list]) => (
          <optgroup key={group as string} label={group as string}>
            {(list as typeof C_CATALOG).map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
