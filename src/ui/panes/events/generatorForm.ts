// The generator form over the template's JSON text: the text stays the one truth (a user may
// edit it whole), and the form reads it as a base and rows of "field: values", writing the text
// back when a row changes. A row's values are written as a user would say them:
//   1024..65535            a range (numbers, IPv4 or MAC addresses)
//   80, 443, 22            a list
//   bytes 0..64            random bytes, a length in the range

export interface FormRow {
  readonly field: string;
  readonly values: string;
}

export interface GeneratorForm {
  /** The preset the template starts from, or undefined when it gives its own layers or hex. */
  readonly preset?: string;
  readonly rows: readonly FormRow[];
}

export const DEFAULT_TEMPLATE = `{
  "packet": "tcp_syn",
  "fields": {
    "ipv4.src": { "range": ["10.0.0.1", "10.0.0.254"] },
    "tcp.srcPort": { "range": [1024, 65535] },
    "tcp.dstPort": { "list": [80, 443, 22, 8080] }
  }
}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const word = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** How a draw of the JSON form reads in a row. */
export function valuesText(spec: unknown): string {
  if (!isObject(spec)) return word(spec);
  if (Array.isArray(spec.range) && spec.range.length === 2) return `${word(spec.range[0])}..${word(spec.range[1])}`;
  if (Array.isArray(spec.bytes) && spec.bytes.length === 2) return `bytes ${spec.bytes[0]}..${spec.bytes[1]}`;
  if (Array.isArray(spec.list) && !spec.weights) return spec.list.map(word).join(", ");
  return JSON.stringify(spec);
}

const value = (s: string): unknown => (/^-?\d+$/.test(s) ? Number(s) : s === "true" ? true : s === "false" ? false : s);

/** A row's text as a draw of the JSON form. */
export function specOf(text: string): unknown {
  const t = text.trim();
  if (t.startsWith("{")) {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  }
  const bytes = /^bytes\s+(\d+)\s*\.\.\s*(\d+)$/.exec(t);
  if (bytes) return { bytes: [Number(bytes[1]), Number(bytes[2])] };
  const range = /^([^,\s]+)\s*\.\.\s*([^,\s]+)$/.exec(t);
  if (range) return { range: [value(range[1]), value(range[2])] };
  const items = t.split(",").map((x) => x.trim()).filter(Boolean);
  return items.length === 1 ? { list: [value(items[0])] } : { list: items.map(value) };
}

/** The form of a template text, or undefined when the text is not a JSON object (the text editor shows why). */
export function readForm(text: string): GeneratorForm | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(v)) return undefined;
  const fields = isObject(v.fields) ? v.fields : {};
  return { ...(typeof v.packet === "string" ? { preset: v.packet } : {}), rows: Object.entries(fields).map(([field, spec]) => ({ field, values: valuesText(spec) })) };
}

/** The template text with the form's preset and rows in place of its own; other members kept. */
export function writeForm(text: string, form: GeneratorForm): string {
  let v: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text);
    if (isObject(parsed)) v = parsed;
  } catch {
    // a broken text is replaced by the form's
  }
  const fields: Record<string, unknown> = {};
  for (const r of form.rows) if (r.field.trim()) fields[r.field.trim()] = specOf(r.values);
  const out: Record<string, unknown> = form.preset !== undefined ? { packet: form.preset } : { ...v };
  if (form.preset === undefined) delete out.fields;
  out.fields = fields;
  // one field a line: the text stays easy to read and to locate mistakes in
  const lines = Object.entries(fields).map(([k, s]) => `    ${JSON.stringify(k)}: ${JSON.stringify(s).replace(/,/g, ", ").replace(/:/g, ": ")}`);
  const head = Object.entries(out)
    .filter(([k]) => k !== "fields")
    .map(([k, x]) => `  ${JSON.stringify(k)}: ${JSON.stringify(x)}`);
  return `{\n${[...head, `  "fields": {${lines.length ? `\n${lines.join(",\n")}\n  ` : ""}}`].join(",\n")}\n}`;
}
