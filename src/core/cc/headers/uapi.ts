// How a UAPI header is assembled: its struct and enum text (which vmlinux.h shares, since BTF
// holds types but no macros) and its macros, behind an include guard.

export interface UapiPart {
  /** Include guard, as the kernel spells it (programs sometimes test it). */
  readonly guard: string;
  readonly includes: readonly string[];
  /** Typedefs, structs, unions and enums: no macro may appear in this text. */
  readonly types: string;
  readonly macros: string;
}

export function uapiHeader(p: UapiPart): string {
  const inc = p.includes.map((h) => `#include <${h}>\n`).join("");
  return `#ifndef ${p.guard}\n#define ${p.guard}\n${inc}\n${p.types}\n${p.macros}\n#endif /* ${p.guard} */\n`;
}
