// The documents a first visit starts with, one per dialect: small, commented and valid.

import type { Dialect } from "../../protocol/index.ts";

const llvm = `; Welcome to bpfplay: eBPF assembly in the LLVM dialect,
; the syntax llvm-objdump prints and llvm-mc accepts.
;
; Count the set bits of a number: r1 holds the input,
; r0 (the return value) the count.

	r1 = 0xb5            ; 0b10110101: five bits set
	r0 = 0
loop:
	if r1 == 0 goto done
	r2 = r1
	r2 &= 1              ; the lowest bit
	r0 += r2
	r1 >>= 1
	goto loop
done:
	exit
`;

const ubpf = `# Welcome to bpfplay: eBPF assembly in the uBPF dialect,
# the syntax of uBPF and the bpf_conformance suite.
#
# Count the set bits of a number: %r1 holds the input,
# %r0 (the return value) the count.

mov %r1, 0xb5           # 0b10110101: five bits set
mov %r0, 0
jeq %r1, 0, +5          # to exit
mov %r2, %r1
and %r2, 1              # the lowest bit
add %r0, %r2
rsh %r1, 1
ja -6                   # back to jeq
exit
`;

export const EXAMPLES: Readonly<Record<Dialect, string>> = { llvm, ubpf };
