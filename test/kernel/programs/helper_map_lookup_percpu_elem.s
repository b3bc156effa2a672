; about: bpf_map_lookup_percpu_elem: CPU 0's and CPU 1's values of a per-CPU array and hash (user space gave every CPU the same), a write through CPU 1's pointer that CPU 0's value does not see, NULL for a CPU the machine does not have and for a key not there
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: pa:percpu_array:4:8:2
; map: ph:percpu_hash:4:8:2
; map: out:array:4:56:1
; init: pa:01000000:2a00000000000000
; init: ph:07000000:6300000000000000

  r9 = map_value[out] + 0 ll
  *(u32 *)(r10 - 4) = 1
  r1 = map[pa] ll
  r2 = r10
  r2 += -4
  r3 = 1
  call bpf_map_lookup_percpu_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  *(u64 *)(r9 + 0) = r1         ; 42
  r1 = 1000
  *(u64 *)(r0 + 0) = r1         ; CPU 1's only
  r1 = map[pa] ll
  r2 = r10
  r2 += -4
  r3 = 0
  call bpf_map_lookup_percpu_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  *(u64 *)(r9 + 8) = r1         ; 42 still
  r1 = map[pa] ll
  r2 = r10
  r2 += -4
  r3 = 1
  call bpf_map_lookup_percpu_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  *(u64 *)(r9 + 16) = r1        ; 1000
  r1 = map[pa] ll
  r2 = r10
  r2 += -4
  r3 = 4096
  call bpf_map_lookup_percpu_elem
  *(u64 *)(r9 + 24) = r0        ; NULL
  *(u32 *)(r10 - 4) = 7
  r1 = map[ph] ll
  r2 = r10
  r2 += -4
  r3 = 1
  call bpf_map_lookup_percpu_elem
  if r0 == 0 goto fail
  r1 = *(u64 *)(r0 + 0)
  *(u64 *)(r9 + 32) = r1        ; 99
  *(u32 *)(r10 - 4) = 8
  r1 = map[ph] ll
  r2 = r10
  r2 += -4
  r3 = 0
  call bpf_map_lookup_percpu_elem
  *(u64 *)(r9 + 40) = r0        ; NULL: no key 8
  r0 = 2
  exit
fail:
  r0 = 0
  exit
