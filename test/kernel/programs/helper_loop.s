; about: bpf_loop calls its callback with the index and the context pointer: to the end (10 calls), until it returns 1 (6 calls), never (0 loops), and refuses flags (-EINVAL) and more than 8M loops (-E2BIG)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; btf: func_info
; map: out:array:4:56:1

  r9 = map_value[out] + 0 ll
  r6 = 0x6666                   ; callee-saved: still there after the callbacks
  *(u64 *)(r10 - 8) = 0
  r1 = 10
  r2 = func[sum_squares] ll
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_loop
  *(u64 *)(r9 + 0) = r0         ; 10 calls
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1         ; 0*0+1 + 1*1+1 + ... + 9*9+1 = 295
  *(u64 *)(r10 - 8) = 0
  r1 = 100
  r2 = func[stop_at_5] ll
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_loop
  *(u64 *)(r9 + 16) = r0        ; 6: index 5 said stop
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 24) = r1        ; 0+1+2+3+4+5 = 15
  r1 = 0
  r2 = func[stop_at_5] ll
  r3 = 0
  r4 = 0
  call bpf_loop
  *(u64 *)(r9 + 32) = r0        ; 0
  r1 = 1
  r2 = func[stop_at_5] ll
  r3 = 0
  r4 = 1
  call bpf_loop
  *(u64 *)(r9 + 40) = r0        ; -EINVAL
  r1 = 0x800001
  r2 = func[stop_at_5] ll
  r3 = 0
  r4 = 0
  call bpf_loop
  *(u64 *)(r9 + 48) = r0        ; -E2BIG
  r0 = r6
  exit

; *ctx += i * i + 1, go on
sum_squares:
  r3 = r1
  r3 *= r1
  r3 += 1
  r4 = *(u64 *)(r2 + 0)
  r4 += r3
  *(u64 *)(r2 + 0) = r4
  r0 = 0
  exit

; *ctx += i (when there is a ctx); stop at 5
stop_at_5:
  if r2 == 0 goto check
  r4 = *(u64 *)(r2 + 0)
  r4 += r1
  *(u64 *)(r2 + 0) = r4
check:
  r0 = 0
  if r1 != 5 goto out
  r0 = 1
out:
  exit
