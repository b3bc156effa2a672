// linux/ptrace.h and asm/ptrace.h: struct pt_regs of x86-64 as the UAPI spells it (rdi, rsi, ...),
// which bpf_tracing.h reads when vmlinux.h (with the kernel's own names di, si, ...) is absent.

import type { UapiPart } from "./uapi.ts";

export const ASM_PTRACE: UapiPart = {
  guard: "_ASM_X86_PTRACE_H",
  includes: [],
  // 21 registers of 8 bytes in the order the entry code pushes them: 168 bytes
  types: String.raw`struct pt_regs {
	unsigned long r15;
	unsigned long r14;
	unsigned long r13;
	unsigned long r12;
	unsigned long rbp;
	unsigned long rbx;
	unsigned long r11;
	unsigned long r10;
	unsigned long r9;
	unsigned long r8;
	unsigned long rax;
	unsigned long rcx;
	unsigned long rdx;
	unsigned long rsi;
	unsigned long rdi;
	unsigned long orig_rax;
	unsigned long rip;
	unsigned long cs;
	unsigned long eflags;
	unsigned long rsp;
	unsigned long ss;
};
`,
  macros: "",
};

export const LINUX_PTRACE: UapiPart = {
  guard: "_UAPI_LINUX_PTRACE_H",
  includes: ["linux/types.h", "asm/ptrace.h"],
  types: "",
  macros: String.raw`#define PTRACE_TRACEME 0
#define PTRACE_PEEKTEXT 1
#define PTRACE_PEEKDATA 2
#define PTRACE_PEEKUSR 3
#define PTRACE_POKETEXT 4
#define PTRACE_POKEDATA 5
#define PTRACE_POKEUSR 6
#define PTRACE_CONT 7
#define PTRACE_KILL 8
#define PTRACE_SINGLESTEP 9
#define PTRACE_ATTACH 16
#define PTRACE_DETACH 17
#define PTRACE_SYSCALL 24
`,
};
