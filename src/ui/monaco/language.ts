// eBPF assembly for Monaco, one language per dialect. The keyword lists come from the
// instruction table (through the assembler's exports), so a new form colours itself.

import { DIRECTIVES, LLVM_KEYWORDS, LLVM_TYPES, UBPF_MNEMONICS } from "../../core/asm/keywords.ts";
import type { Dialect } from "../../protocol/index.ts";
import { monaco } from "./environment.ts";

export const languageId = (dialect: Dialect): string => `bpf-asm-${dialect}`;

const common: monaco.languages.IMonarchLanguage["tokenizer"][string] = [
  [/[A-Za-z_.$][\w.$]*:/, "type.identifier.label"],
  [/%?[rw](?:10|[0-9])\b/, "variable.register"],
  [/[-+]?0[xX][0-9a-fA-F]+\b/, "number.hex"],
  [/[-+]?\d+\b/, "number"],
  [/[A-Za-z_.][\w.]*/, { cases: { "@keywords": "keyword", "@types": "type", "@directives": "keyword.directive", "@default": "identifier" } }],
  [/[()[\]]/, "@brackets"],
  [/[=<>!&|^+\-*/%~]+/, "operator"],
  [/,/, "delimiter"],
  [/"(?:[^"\\]|\\.)*"/, "string"],
];

function monarch(dialect: Dialect): monaco.languages.IMonarchLanguage {
  return {
    defaultToken: "source",
    ignoreCase: false,
    keywords: dialect === "llvm" ? [...LLVM_KEYWORDS] : [...UBPF_MNEMONICS],
    types: dialect === "llvm" ? [...LLVM_TYPES] : [],
    directives: [...DIRECTIVES],
    brackets: [
      { open: "(", close: ")", token: "delimiter.parenthesis" },
      { open: "[", close: "]", token: "delimiter.square" },
    ],
    tokenizer: {
      // Both dialects take `;`, `#` and `//` comments.
      root: [[/\s+/, "white"], [/(;|#|\/\/).*$/, "comment"], ...common],
    },
  };
}

const configuration = (dialect: Dialect): monaco.languages.LanguageConfiguration => ({
  comments: { lineComment: dialect === "llvm" ? ";" : "#" },
  brackets: [
    ["(", ")"],
    ["[", "]"],
  ],
  autoClosingPairs: [
    { open: "(", close: ")" },
    { open: "[", close: "]" },
  ],
  surroundingPairs: [
    { open: "(", close: ")" },
    { open: "[", close: "]" },
  ],
  wordPattern: /[A-Za-z_.$][\w.$]*|-?0[xX][0-9a-fA-F]+|-?\d+/,
});

let registered = false;

/** Registers both dialects once; safe to call from every editor instance. */
export function registerLanguages(): void {
  if (registered) return;
  registered = true;
  for (const dialect of ["llvm", "ubpf"] as const) {
    const id = languageId(dialect);
    monaco.languages.register({ id, aliases: [`eBPF assembly (${dialect === "llvm" ? "LLVM" : "uBPF"})`], extensions: [".s", ".asm"] });
    monaco.languages.setMonarchTokensProvider(id, monarch(dialect));
    monaco.languages.setLanguageConfiguration(id, configuration(dialect));
  }
}
