; about: bpf_redirect_map: XDP_REDIRECT for a devmap, devmap_hash or cpumap entry, the action in flags' low bits when the key is absent, XDP_REDIRECT for a devmap broadcast, XDP_ABORTED for flags it does not know; test_run does not redirect
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: devs:devmap:4:4:4
; map: hdevs:devmap_hash:4:4:4
; map: cpus:cpumap:4:4:2
; map: out:array:4:80:1
; init: devs:01000000:01000000
; init: hdevs:07000000:01000000
; init: cpus:00000000:00020000

  r9 = map_value[out] + 0 ll
  r1 = map[devs] ll
  r2 = 1
  r3 = 0
  call bpf_redirect_map
  *(u64 *)(r9 + 0) = r0         ; 4: key 1 holds lo
  r1 = map[devs] ll
  r2 = 2
  r3 = 2
  call bpf_redirect_map
  *(u64 *)(r9 + 8) = r0         ; 2: key 2 is empty, XDP_PASS asked
  r1 = map[devs] ll
  r2 = 9
  r3 = 1
  call bpf_redirect_map
  *(u64 *)(r9 + 16) = r0        ; 1: key 9 is past the end, XDP_DROP asked
  r1 = map[devs] ll
  r2 = 2
  r3 = 8
  call bpf_redirect_map
  *(u64 *)(r9 + 24) = r0        ; 4: BPF_F_BROADCAST
  r1 = map[devs] ll
  r2 = 1
  r3 = 4
  call bpf_redirect_map
  *(u64 *)(r9 + 32) = r0        ; 0: flag 4 is unknown
  r1 = map[hdevs] ll
  r2 = 7
  r3 = 0
  call bpf_redirect_map
  *(u64 *)(r9 + 40) = r0        ; 4
  r1 = map[hdevs] ll
  r2 = 1
  r3 = 3
  call bpf_redirect_map
  *(u64 *)(r9 + 48) = r0        ; 3: absent, XDP_TX asked
  r1 = map[cpus] ll
  r2 = 0
  r3 = 0
  call bpf_redirect_map
  *(u64 *)(r9 + 56) = r0        ; 4: CPU 0 has a queue
  r1 = map[cpus] ll
  r2 = 1
  r3 = 2
  call bpf_redirect_map
  *(u64 *)(r9 + 64) = r0        ; 2: CPU 1 has none
  r1 = map[cpus] ll
  r2 = 0
  r3 = 8
  call bpf_redirect_map
  *(u64 *)(r9 + 72) = r0        ; 0: a cpumap knows no broadcast
  r1 = map[devs] ll
  r2 = 0x100000001 ll
  r3 = 0
  call bpf_redirect_map
  r0 += 100                     ; 104: the key is truncated to 32 bits
  exit
