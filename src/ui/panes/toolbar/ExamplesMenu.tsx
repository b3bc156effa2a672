// The examples menu: picking one loads its text, program type and a fresh session.

import { useId } from "react";
import { CATALOG } from "../../examples/catalog.ts";
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
        {CATALOG.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
    </div>
  );
}
