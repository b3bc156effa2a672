// bpf/bpf_tracing.h for x86-64 (__TARGET_ARCH_x86): register access in struct pt_regs and the
// BPF_KPROBE / BPF_KRETPROBE / BPF_KSYSCALL / BPF_PROG wrappers that give a program typed
// arguments. With vmlinux.h (which defines __VMLINUX_H__) the registers have the kernel's
// names (di, si, ...); without it, the UAPI's (rdi, rsi, ...) from linux/ptrace.h.

/** x86-64 System V argument registers, then the syscall ABI's (r10 replaces rcx). */
export const X86_ARG_REGS = { kernel: ["di", "si", "dx", "cx", "r8", "r9"], uapi: ["rdi", "rsi", "rdx", "rcx", "r8", "r9"] } as const;

/** How many typed arguments the wrappers pass along. */
const MAX_ARGS = 8;

function castArgs(name: string, arg: (k: number) => string): string {
  const out: string[] = [`#define ${name}0() ctx`];
  for (let n = 1; n <= MAX_ARGS; n++) {
    const params = Array.from({ length: n }, (_, k) => `x${k + 1}`);
    out.push(`#define ${name}${n}(${params.join(", ")}) ${name}${n - 1}(${params.slice(0, -1).join(", ")}), (void *)${arg(n)}`);
  }
  out.push(`#define ${name}(args...) ___bpf_apply(${name}, ___bpf_narg(args))(args)`);
  return out.join("\n");
}

function regMacros(regs: readonly string[], sysRegs: readonly string[]): string {
  const out: string[] = [];
  for (let k = 0; k < 6; k++) {
    out.push(`#define __PT_PARM${k + 1}_REG ${regs[k]}`);
    out.push(`#define __PT_PARM${k + 1}_SYSCALL_REG ${sysRegs[k]}`);
  }
  return out.join("\n");
}

export const BPF_TRACING_H = String.raw`#ifndef __BPF_TRACING_H__
#define __BPF_TRACING_H__

#include "bpf_helpers.h"
#include "bpf_core_read.h"

#if defined(__TARGET_ARCH_x86)
#define bpf_target_x86
#define bpf_target_defined

#if defined(__KERNEL__) || defined(__VMLINUX_H__)
${regMacros(X86_ARG_REGS.kernel, ["di", "si", "dx", "r10", "r8", "r9"])}
#define __PT_RET_REG sp
#define __PT_FP_REG bp
#define __PT_RC_REG ax
#define __PT_SP_REG sp
#define __PT_IP_REG ip
#else
${regMacros(X86_ARG_REGS.uapi, ["rdi", "rsi", "rdx", "r10", "r8", "r9"])}
#define __PT_RET_REG rsp
#define __PT_FP_REG rbp
#define __PT_RC_REG rax
#define __PT_SP_REG rsp
#define __PT_IP_REG rip
#endif

struct pt_regs;
#define __PT_REGS_CAST(x) ((const struct pt_regs *)(x))

#define PT_REGS_PARM1(x) (__PT_REGS_CAST(x)->__PT_PARM1_REG)
#define PT_REGS_PARM2(x) (__PT_REGS_CAST(x)->__PT_PARM2_REG)
#define PT_REGS_PARM3(x) (__PT_REGS_CAST(x)->__PT_PARM3_REG)
#define PT_REGS_PARM4(x) (__PT_REGS_CAST(x)->__PT_PARM4_REG)
#define PT_REGS_PARM5(x) (__PT_REGS_CAST(x)->__PT_PARM5_REG)
#define PT_REGS_PARM6(x) (__PT_REGS_CAST(x)->__PT_PARM6_REG)
#define PT_REGS_RET(x) (__PT_REGS_CAST(x)->__PT_RET_REG)
#define PT_REGS_FP(x) (__PT_REGS_CAST(x)->__PT_FP_REG)
#define PT_REGS_RC(x) (__PT_REGS_CAST(x)->__PT_RC_REG)
#define PT_REGS_SP(x) (__PT_REGS_CAST(x)->__PT_SP_REG)
#define PT_REGS_IP(x) (__PT_REGS_CAST(x)->__PT_IP_REG)

/* the same through a CO-RE read, for a pt_regs the program may not dereference */
#define PT_REGS_PARM1_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM1_REG)
#define PT_REGS_PARM2_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM2_REG)
#define PT_REGS_PARM3_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM3_REG)
#define PT_REGS_PARM4_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM4_REG)
#define PT_REGS_PARM5_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM5_REG)
#define PT_REGS_PARM6_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM6_REG)
#define PT_REGS_RET_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_RET_REG)
#define PT_REGS_FP_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_FP_REG)
#define PT_REGS_RC_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_RC_REG)
#define PT_REGS_SP_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_SP_REG)
#define PT_REGS_IP_CORE(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_IP_REG)

/* a system call's arguments, in the registers of the user's pt_regs (4th in r10, not rcx) */
#define PT_REGS_PARM1_SYSCALL(x) (__PT_REGS_CAST(x)->__PT_PARM1_SYSCALL_REG)
#define PT_REGS_PARM2_SYSCALL(x) (__PT_REGS_CAST(x)->__PT_PARM2_SYSCALL_REG)
#define PT_REGS_PARM3_SYSCALL(x) (__PT_REGS_CAST(x)->__PT_PARM3_SYSCALL_REG)
#define PT_REGS_PARM4_SYSCALL(x) (__PT_REGS_CAST(x)->__PT_PARM4_SYSCALL_REG)
#define PT_REGS_PARM5_SYSCALL(x) (__PT_REGS_CAST(x)->__PT_PARM5_SYSCALL_REG)
#define PT_REGS_PARM1_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM1_SYSCALL_REG)
#define PT_REGS_PARM2_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM2_SYSCALL_REG)
#define PT_REGS_PARM3_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM3_SYSCALL_REG)
#define PT_REGS_PARM4_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM4_SYSCALL_REG)
#define PT_REGS_PARM5_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), __PT_PARM5_SYSCALL_REG)

/* the syscall wrappers of x86-64 (since Linux 4.17) take the user's pt_regs as their one argument */
#define PT_REGS_SYSCALL_REGS(ctx) ((struct pt_regs *)PT_REGS_PARM1(ctx))

/* the return address is on the stack at kprobe entry */
#define BPF_KPROBE_READ_RET_IP(ip, ctx) ({ bpf_probe_read_kernel(&(ip), sizeof(ip), (void *)PT_REGS_RET(ctx)); })
#define BPF_KRETPROBE_READ_RET_IP(ip, ctx) ({ bpf_probe_read_kernel(&(ip), sizeof(ip), (void *)(PT_REGS_FP(ctx) + sizeof(ip))); })

#else
/* no target architecture: every register access is an error where it is used */
#define PT_REGS_PARM1(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_PARM2(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_PARM3(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_PARM4(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_PARM5(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_RC(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_FP(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_SP(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#define PT_REGS_IP(x) __bpf_missing_target_arch_define___TARGET_ARCH_x86(x)
#endif

/* Wrapper programs: the outer function has the context the kernel passes; the inner one,
 * always inlined, gets the arguments typed. Passing (void *) into integer parameters is
 * intended here, so the int-conversion diagnostic is silenced around the call. */
${castArgs("___bpf_ctx_cast", (n) => `ctx[${n - 1}]`)}
${castArgs("___bpf_kprobe_args", (n) => `PT_REGS_PARM${n}(ctx)`)}
${castArgs("___bpf_syscall_args", (n) => `PT_REGS_PARM${n}_CORE_SYSCALL(regs)`)}

#define ___bpf_kretprobe_args0() ctx
#define ___bpf_kretprobe_args1(x) ___bpf_kretprobe_args0(), (void *)PT_REGS_RC(ctx)
#define ___bpf_kretprobe_args(args...) ___bpf_apply(___bpf_kretprobe_args, ___bpf_narg(args))(args)

/* BPF_PROG: fentry, fexit, tp_btf, lsm and struct_ops programs, whose context is an array of u64 */
#define BPF_PROG(name, args...) \
name(unsigned long long *ctx); \
static __always_inline typeof(name(0)) ____##name(unsigned long long *ctx, ##args); \
typeof(name(0)) name(unsigned long long *ctx) \
{ \
	_Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wint-conversion\"") \
	return ____##name(___bpf_ctx_cast(args)); \
	_Pragma("GCC diagnostic pop") \
} \
static __always_inline typeof(name(0)) ____##name(unsigned long long *ctx, ##args)

/* BPF_KPROBE: the probed function's arguments from the registers */
#define BPF_KPROBE(name, args...) \
name(struct pt_regs *ctx); \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args); \
typeof(name(0)) name(struct pt_regs *ctx) \
{ \
	_Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wint-conversion\"") \
	return ____##name(___bpf_kprobe_args(args)); \
	_Pragma("GCC diagnostic pop") \
} \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args)

/* BPF_KRETPROBE: at most one argument, the return value */
#define BPF_KRETPROBE(name, args...) \
name(struct pt_regs *ctx); \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args); \
typeof(name(0)) name(struct pt_regs *ctx) \
{ \
	_Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wint-conversion\"") \
	return ____##name(___bpf_kretprobe_args(args)); \
	_Pragma("GCC diagnostic pop") \
} \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args)

#define BPF_UPROBE(name, args...) BPF_KPROBE(name, ##args)
#define BPF_URETPROBE(name, args...) BPF_KRETPROBE(name, ##args)

/* BPF_KSYSCALL: a kprobe on a system call's wrapper (SEC("ksyscall/NAME")); the arguments
 * are read from the user registers the wrapper received */
#define BPF_KSYSCALL(name, args...) \
name(struct pt_regs *ctx); \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args); \
typeof(name(0)) name(struct pt_regs *ctx) \
{ \
	struct pt_regs *regs = PT_REGS_SYSCALL_REGS(ctx); \
	_Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wint-conversion\"") \
	return ____##name(___bpf_syscall_args(args)); \
	_Pragma("GCC diagnostic pop") \
} \
static __always_inline typeof(name(0)) ____##name(struct pt_regs *ctx, ##args)

#define BPF_KPROBE_SYSCALL BPF_KSYSCALL

#endif /* __BPF_TRACING_H__ */
`;
