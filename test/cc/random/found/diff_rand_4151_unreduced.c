// about: found by random_vs_clang (seed 4151), NOT minimised. First a wrong value (fixed in 3f8316e:
// about: narrowing after a variable right shift); then the kernel refused bpfplay's code as too large
// about: (over 1,000,000 insns processed; clang's: 138,590): every 0/1 comparison jumped on its
// about: operands' own registers, splitting loop variables' ranges, so loop states never pruned.
// about: Fixed by comparing unlinked copies where nothing branches on the 0/1 value (tested.ts).
// about: random program, seed 4151, level 2, avoiding wideBitfield unaryOnUnsignedConstant
// packet: ipv4-tcp
// cpu: v4
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 in[8] = { 0x100ULL, 0x100000000ULL, 0xbf597b7d3a589b66ULL, 0x90302c6931a4af6cULL, 0x8e4725982c21af8ULL, 0x7fffffffffffffffULL, 0x254fad8060a0d816ULL, 0x8000000000000000ULL };
__s8 g_data = 194;
long long g_bss;
struct S { char f0 : 2; __s16 f1 : 7; long f2; unsigned int f3; __u8 f4 : 4; };
static __noinline unsigned long fn0(short p0, __s32 p1)
{
	__u64 acc = 0;
	short v0 = ((~(256) > (p0 ? p0 : 151)) ^ (long)((__s32)((unsigned int)(p1) * (unsigned int)(p1))));
	p1 = (9223372034707292160UL == ((p0 ^ p1) | p1));
	v0 *= 286UL;
	v0 ^= (((long)((unsigned long)(62L) * (unsigned long)(p1)) / (206ULL | 1)) / (((__u16)(200L) ^ 0xb8) | 1));
	return (unsigned long)(acc ^ (__u64)p0 ^ (__u64)p1 ^ (__u64)v0 ^ (__u64)(((((void)(p1), 266u) && (v0 * 137UL)) >> ((((3818739575419179110 && 9223372036854710272L) || (v0 != 4294967295UL))) & 31))));
}
static __noinline short fn1(__u8 p0)
{
	__u64 acc = 0;
	switch ((p0) & 7) {
	case 4: {
		p0 ^= ((5800022936720872015u | ((void)(9223372036854775679ULL), p0)) << ((((p0 & 4712597167535756112ULL) ^ (119 >> ((p0) & 31)))) & 63));
		p0 = ((4294967295ULL + (p0 & 0L)) ^ (int)(-(unsigned int)((p0 && p0))));
	} break;
	case 6: {
		p0 ^= +(1884960162808927469);
		__u32 v1 = 83;
		v1 ^= 4294967296;
		acc = (acc ^ (__u64)v1) * 31;
	}
	case 5: {
		p0 /= (((p0 <= p0) - 282ULL) & 7) + 1;
		p0 ^= 65;
		p0 = ((((void)(4403420596010481242L), p0) && (184UL / (0xc0 | 1))) + (__u64)(!(0x2e)));
	} break;
	default: {
		p0 ^= 206ULL;
		p0 += (short)(p0);
	}
	}
	p0 ^= ((void)(((p0 ? 4294967295UL : p0) / (p0 | 1))), ((9223372036854775807u % (236u | 1)) != (2147483647UL & 2u)));
	return (short)(acc ^ (__u64)p0 ^ (__u64)(+(32767L)));
}
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} out_array SEC(".maps");
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 8);
} out_hash SEC(".maps");
SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u64 acc = 0;
	long long v2 = ((int)((unsigned int)(fn1(0x7fffffff7fffffff)) + (unsigned int)(fn1(g_bss))) | g_bss);
	unsigned short v3 = (fn0((75UL + g_data), (short)((__u64)(in[3]))) | (v2 || (169 & (unsigned short)(in[6]))));
	struct S s = { ((long long)(((long long)(v2) == 0 || (long long)(v2) == -1 ? (long long)(v3) : (long long)(v3) % (long long)(v2))) == 0 || (long long)(((long long)(v2) == 0 || (long long)(v2) == -1 ? (long long)(v3) : (long long)(v3) % (long long)(v2))) == -1 ? (long long)(((void)(v3), 77)) : (long long)(((void)(v3), 77)) / (long long)(((long long)(v2) == 0 || (long long)(v2) == -1 ? (long long)(v3) : (long long)(v3) % (long long)(v2)))), ((void)(+(174ULL)), (204 / (822095187978377471u | 1))), g_bss, (int)((unsigned int)(((void)(v3), v3)) * (unsigned int)((unsigned short)(in[3]))), ((v3 - 65535UL) < (139ULL && g_data)) };
	__u64 arr[8] = { ((__s64)((unsigned long long)(192) + (unsigned long long)((__s64)(in[0]))) | 2), v3, !((v2 + 280UL)), ((__u8)(v3) | ((unsigned short)(in[2]) ? 3u : v3)), v3, (__u64)((long)((unsigned long)(g_data) + (unsigned long)(0x4405913b2a47ee4f))), (unsigned int)((int)((unsigned int)(v3) + (unsigned int)(v3))), (__u64)((unsigned long long)(9223372036854775807ULL)) };
	for (int i4 = 0; i4 < 5; i4++) {
		switch ((fn0((arr[(fn1(v2)) & 7] << ((1ULL) & 63)), (__s16)(in[5]))) & 7) {
		case 1: {
			__u32 v5 = (unsigned long)(in[0]);
			v3 %= ((g_data == ((void)(128), s.f4)) & 7) + 1;
			acc = (acc ^ (__u64)v5) * 31;
		} break;
		case 5: {
			s.f2 = g_data;
			s.f0 = ((long long)((unsigned long long)(v2) + (unsigned long long)((g_bss ? g_data : s.f1))) && ((g_bss && i4) ? (int)(-(unsigned int)((unsigned char)(in[1]))) : (arr[2] - 0x2)));
			__u16 v6 = 0xa;
			acc = (acc ^ (__u64)v6) * 31;
		} break;
		case 2: {
			v3 ^= fn0(fn0(g_data, 260L), ((__u16)(g_data) | arr[1]));
		} break;
		default: {
			long long v7 = ((long long)((g_bss ^ ((__s8)(in[2]) & v2))) == 0 || (long long)((g_bss ^ ((__s8)(in[2]) & v2))) == -1 ? (long long)(+((v3 >> ((i4) & 31)))) : (long long)(+((v3 >> ((i4) & 31)))) % (long long)((g_bss ^ ((__s8)(in[2]) & v2))));
			s.f2 = s.f2;
			g_bss ^= (int)((unsigned int)((arr[(((int)(in[0]) ^ 94UL)) & 7] && 2147483647L)) << (((long long)(in[5])) & 31));
			acc = (acc ^ (__u64)v7) * 31;
		}
		}
		long v8 = (((int)((g_bss == v3)) == 0 || (int)((g_bss == v3)) == -1 ? (int)(v3) : (int)(v3) / (int)((g_bss == v3))) <= fn1(g_data));
		if ((__s64)((unsigned long long)((__s64)(arr[1])) - (unsigned long long)((long long)((unsigned long long)((g_bss ^ 0x2)) - (unsigned long long)((g_data || 6471882191772911817)))))) {
			__s8 v9 = (6407740147842165244UL * ((0x97 || g_data) >> ((i4) & 31)));
			acc = (acc ^ (__u64)v9) * 31;
		}
		acc = (acc ^ (__u64)v8) * 31;
	}
	switch ((((6 - 32767UL) % ((65ULL && g_bss) | 1))) & 7) {
	case 0: {
		v2 ^= (long long)((unsigned long long)(((long long)(254) == 0 || (long long)(254) == -1 ? (long long)((long long)((unsigned long long)(g_bss) << ((68UL) & 63))) : (long long)((long long)((unsigned long long)(g_bss) << ((68UL) & 63))) % (long long)(254))) - (unsigned long long)(g_data));
		s.f0 = ((unsigned char)(in[1]) | ((v2 & 118L) ^ (arr[(((__u8)(in[5]) > v3)) & 7] & v3)));
		s.f4 = (__u64)((((long)(v3) == 0 || (long)(v3) == -1 ? (long)(3648676701060351320) : (long)(3648676701060351320) % (long)(v3)) > v3));
	} break;
	case 3: {
		unsigned long long v10 = (((long)((unsigned long)(g_data) * (unsigned long)(93359413430373246L)) | (3 <= v2)) < (long long)((unsigned long long)((g_bss >> (((__s64)(in[7])) & 63))) + (unsigned long long)(s.f0)));
		__u8 v11 = (__s64)(in[7]);
		acc = (acc ^ (__u64)v10) * 31;
		acc = (acc ^ (__u64)v11) * 31;
	} break;
	case 6: {
		s.f4 = s.f0;
	} break;
	default: {
		g_data = fn1((2ULL - (arr[7] + s.f2)));
	}
	}
	arr[(fn1(((void)(v3), 83u))) & 7] = (fn0((76UL % (g_data | 1)), (g_data & g_bss)) & ((arr[((unsigned long)(v2)) & 7] - g_data) ? (v2 ^ arr[4]) : (v3 && g_bss)));
	switch ((((int)((unsigned int)(g_data) << ((v2) & 31)) ^ (g_data & s.f1))) & 7) {
	case 0: {
		short v12 = 175;
		for (int i13 = 0; i13 < 3; i13++) {
			g_data ^= (((1036686624109291812ULL ^ s.f0) / (+(v2) | 1)) & (((void)(g_data), s.f1) + (5UL | 255)));
			s.f1 = (0x3 > fn1((v12 ^ 7650483955287314714u)));
		}
		acc = (acc ^ (__u64)v12) * 31;
	} break;
	case 5: {
		__s32 v14 = (g_bss & ((void)((long long)((unsigned long long)(v2) + (unsigned long long)(259u))), (long)((unsigned long)(s.f2) - (unsigned long)(122))));
		s.f0 = arr[2];
		short v15 = ((int)(in[5]) ? ((int)((unsigned int)(g_data) + (unsigned int)(272)) + (g_bss ? 4361460971614229614UL : g_data)) : (arr[((v2 ? g_data : (short)(in[1]))) & 7] - ~(v3)));
		acc = (acc ^ (__u64)v14) * 31;
		acc = (acc ^ (__u64)v15) * 31;
	}
	default: {
		if ((27 & (int)((unsigned int)((263 ^ (__s8)(in[6]))) - (unsigned int)(fn1(202L))))) {
			g_data ^= (s.f0 * (unsigned long long)((s.f2 && 0xffff)));
			g_data ^= (((arr[((arr[3] >= g_data)) & 7] - s.f1) & (unsigned short)(in[5])) != ((void)((arr[3] - (char)(in[7]))), (v3 > 0xffffffff)));
		}
		++v3;
		if (v3) {
			g_bss = g_bss;
			unsigned char v16 = 257ULL;
			acc = (acc ^ (__u64)v16) * 31;
		} else {
			v3--;
			v2 ^= ((long)((unsigned long)(25L) << ((arr[6]) & 63)) || (s.f2 % ((unsigned long long)(in[1]) | 1)));
		}
	}
	}
	g_bss = ~(v3);
	g_bss = ((((unsigned int)(in[7]) * v3) && s.f1) && (fn1(g_data) ? ((long)(s.f2) == 0 || (long)(s.f2) == -1 ? (long)(v3) : (long)(v3) % (long)(s.f2)) : v3));
	for (int i17 = 0; i17 < 6; i17++) {
		unsigned short v18 = !(((arr[7] * i17) >= fn1(g_data)));
		acc = (acc ^ (__u64)v18) * 31;
	}
	for (int i19 = 0; i19 < 2; i19++) {
		g_data &= (int)(93UL);
		v3--;
	}
	if (g_bss) {
		for (int i20 = 0; i20 < 1; i20++) {
			g_bss ^= g_data;
			s.f1 = ((int)((unsigned int)((int)((unsigned int)(s.f1) + (unsigned int)(g_data))) << ((v3) & 31)) | fn1(0x20));
		}
	} else {
		s.f1 = fn0((long long)((unsigned long long)((long long)((unsigned long long)(s.f3) - (unsigned long long)(g_bss))) - (unsigned long long)((long long)((unsigned long long)(v2) - (unsigned long long)(g_data)))), fn0(g_bss, fn1(191)));
	}
	__u64 h = 0xcbf29ce484222325ULL;
	h = (h ^ (__u64)v2) * 0x100000001b3ULL;
	h = (h ^ (__u64)v3) * 0x100000001b3ULL;
	h = (h ^ (__u64)acc) * 0x100000001b3ULL;
	h = (h ^ (__u64)g_data) * 0x100000001b3ULL;
	h = (h ^ (__u64)g_bss) * 0x100000001b3ULL;
	h = (h ^ (__u64)s.f0) * 0x100000001b3ULL;
	h = (h ^ (__u64)s.f1) * 0x100000001b3ULL;
	h = (h ^ (__u64)s.f2) * 0x100000001b3ULL;
	h = (h ^ (__u64)s.f3) * 0x100000001b3ULL;
	h = (h ^ (__u64)s.f4) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[0]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[1]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[2]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[3]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[4]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[5]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[6]) * 0x100000001b3ULL;
	h = (h ^ (__u64)arr[7]) * 0x100000001b3ULL;
	__u32 key0 = 0, key1 = 1;
	__u64 val0 = h, val1 = h >> 7;
	bpf_map_update_elem(&out_array, &key0, &val0, BPF_ANY);
	bpf_map_update_elem(&out_hash, &key1, &val1, BPF_ANY);
	bpf_map_update_elem(&out_hash, &key0, &val0, BPF_NOEXIST);
	return (int)(h ^ (h >> 32));
}

char LICENSE[] SEC("license") = "GPL";
