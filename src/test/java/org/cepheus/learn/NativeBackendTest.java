package org.cepheus.learn;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Which libnd4j build is chosen for a CPU and a classpath. */
class NativeBackendTest {
    private static final Set<String> ALL = Set.of("", "-onednn", "-avx512", "-avx2");
    private static final Set<String> AVX512 = Set.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl");

    private static String choose(Set<String> flags, Set<String> jars) {
        return NativeBackend.choose(flags, jars::contains).label();
    }

    @Test
    void theFirstPreferredBuildThatTheCpuRunsAndTheClasspathHolds() {
        assertEquals("onednn", choose(AVX512, ALL));
        assertEquals("avx512", choose(AVX512, Set.of("", "-avx512", "-avx2")));
        assertEquals("avx2", choose(AVX512, Set.of("", "-avx2")));
        assertEquals("generic", choose(AVX512, Set.of("")));
    }

    @Test
    void neverABuildTheCpuLacksInstructionsFor() {
        Set<String> avx2Only = Set.of("sse4_2", "avx", "avx2", "fma");
        assertEquals("avx2", choose(avx2Only, Set.of("", "-avx512", "-avx2")));
        // AVX-512 foundation alone (no BW/DQ/VL, as on Xeon Phi) is not enough for that build
        assertEquals("avx2", choose(Set.of("avx2", "fma", "avx512f"), Set.of("", "-avx512", "-avx2")));
        assertEquals("generic", choose(Set.of("sse4_2", "avx"), Set.of("", "-avx512", "-avx2")));
        assertEquals("generic", choose(Set.of(), Set.of("", "-avx512", "-avx2")));
    }

    @Test
    void cpuinfoFlagsLineIsParsed() {
        Set<String> f = NativeBackend.parseFlags("flags\t\t: fpu vme AVX2 fma avx512f  avx512f");
        assertEquals(Set.of("fpu", "vme", "avx2", "fma", "avx512f"), f);
    }

    @Test
    void thisProcessLoadedAVariantItsCpuCanRun() {
        String v = NativeBackend.variant();
        Set<String> flags = NativeBackend.cpuFlags();
        for (NativeBackend.Variant p : NativeBackend.PREFERENCE) {
            if (p.label().equals(v)) assertTrue(flags.containsAll(p.needs()), v + " needs " + p.needs());
        }
        assertTrue(Set.of("onednn", "avx512", "avx2", "generic").contains(v) || v.startsWith("set by the user"), v);
    }

    @Test
    void openMpThreadsWaitPassivelyUnlessTheUserChoseAPolicy() {
        NativeBackend.load();
        String own = System.getenv(NativeBackend.WAIT_POLICY);
        // what libgomp read when libnd4j loaded: the process environment as libc sees it
        assertEquals(own != null ? own : "PASSIVE", NativeBackend.nativeEnv(NativeBackend.WAIT_POLICY));
    }
}
