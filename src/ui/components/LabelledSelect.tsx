// A <select> with a visible label; the label is its accessible name.

import { useId } from "react";

export interface LabelledSelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly id: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  /** A tooltip saying more than the label. */
  readonly title?: string;
}

export function LabelledSelect<T extends string>({ label, value, options, onChange, title }: LabelledSelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} title={title} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
