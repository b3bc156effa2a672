// JSON with places: a small reader that returns the value and where each member starts, so a
// template's mistakes are reported at their line and column ("template.json:7:20: tcp.dstPort:
// range: 70000 does not fit in 16 bits") and not as a path the user has to look for.

export interface Place {
  readonly line: number;
  readonly column: number;
}

export interface Located {
  readonly value: unknown;
  /** Where the value at each path starts; paths join keys and indices with "/" ("" is the root). */
  readonly places: ReadonlyMap<string, Place>;
}

export interface JsonError {
  readonly place: Place;
  readonly message: string;
}

class Fail {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

export function placeAt(text: string, at: number): Place {
  let line = 1;
  let start = 0;
  for (let k = 0; k < at && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: at - start + 1 };
}

/** Reads JSON text (RFC 8259); an error names the first place that is not JSON. */
export function readJson(text: string): Located | JsonError {
  const places = new Map<string, Place>();
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i])) i++;
  };
  const what = () => (i >= text.length ? "the end of the text" : `'${text[i]}'`);
  const expect = (c: string) => {
    if (text[i] !== c) throw new Fail(i, `expected '${c}', found ${what()}`);
    i++;
  };
  const string = (): string => {
    const start = i;
    expect('"');
    let out = "";
    while (i < text.length && text[i] !== '"') {
      const c = text[i];
      if (c === "\\") {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else throw new Fail(i, `'\\${e ?? ""}' is not a JSON escape`);
      } else if (c.charCodeAt(0) < 0x20) throw new Fail(i, "a control character inside a string (write \\n)");
      else {
        out += c;
        i++;
      }
    }
    if (i >= text.length) throw new Fail(start, "this string is not closed");
    i++;
    return out;
  };
  // depth bounds the recursion on hostile input (a megabyte of '[')
  const value = (path: string, depth: number): unknown => {
    ws();
    if (depth > 200) throw new Fail(i, "nested more than 200 deep");
    places.set(path, placeAt(text, i));
    const sub = (k: string | number) => (path === "" ? String(k) : `${path}/${k}`);
    const c = text[i];
    if (c === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Fail(i, `expected a member name in double quotes, found ${what()}`);
        const key = string();
        ws();
        expect(":");
        obj[key] = value(sub(key), depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return obj;
        } else throw new Fail(i, `expected ',' or '}' after a member, found ${what()}`);
      }
    }
    if (c === "[") {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(sub(arr.length), depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return arr;
        } else throw new Fail(i, `expected ',' or ']' after an element, found ${what()}`);
      }
    }
    if (c === '"') return string();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) throw new Fail(i, `expected a value, found ${what()}`);
    i += m[0].length;
    return m[0] === "true" ? true : m[0] === "false" ? false : m[0] === "null" ? null : Number(m[0]);
  };
  try {
    const v = value("", 0);
    ws();
    if (i < text.length) throw new Fail(i, `unexpected ${what()} after the value`);
    return { value: v, places };
  } catch (e) {
    if (e instanceof Fail) return { place: placeAt(text, e.at), message: e.message };
    throw e;
  }
}

export const isJsonError = (r: Located | JsonError): r is JsonError => "message" in r;
