// Argument-counting macros shared by bpf_helpers.h and bpf_core_read.h (each may come first).
// ___bpf_narg(args...) is the number of its arguments, 0 to 12, using the GNU `, ##` comma
// elision; ___bpf_apply(fn, n) pastes fn and n to pick a macro by that count.

export const BPF_ARGS = String.raw`#ifndef ___bpf_narg
#define ___bpf_concat(a, b) a ## b
#define ___bpf_apply(fn, n) ___bpf_concat(fn, n)
#define ___bpf_nth(_, _1, _2, _3, _4, _5, _6, _7, _8, _9, _a, _b, _c, N, ...) N
#define ___bpf_narg(...) ___bpf_nth(_, ##__VA_ARGS__, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#endif
`;
