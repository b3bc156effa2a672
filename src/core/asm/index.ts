export { assemble } from "./assemble.ts";
export { disassemble, disassembleText, llvmText, ubpfText } from "./disasm.ts";
export { describeForm } from "./docs.ts";
export { LLVM_KEYWORDS, LLVM_TYPES, UBPF_MNEMONICS, DIRECTIVES } from "./keywords.ts";
export type * from "./types.ts";
