// The operators of BPF's C-like instruction text, which LLVM's assembler and disassembler and
// the kernel's verifier log share: `r1 += r2` is add, `if r1 s> r2 goto` is jsgt.

/** Compound assignment → ALU operation. */
export const ALU_SYMS: Readonly<Record<string, string>> = {
  "+=": "add", "-=": "sub", "*=": "mul", "/=": "div", "|=": "or", "&=": "and", "<<=": "lsh",
  ">>=": "rsh", "%=": "mod", "^=": "xor", "s>>=": "arsh", "s/=": "sdiv", "s%=": "smod",
};

/** Comparison → conditional jump. */
export const JCC_SYMS: Readonly<Record<string, string>> = {
  "==": "jeq", ">": "jgt", ">=": "jge", "&": "jset", "!=": "jne", "s>": "jsgt", "s>=": "jsge",
  "<": "jlt", "<=": "jle", "s<": "jslt", "s<=": "jsle",
};
