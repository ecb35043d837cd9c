/// An article's weight in each resample of the Poisson bootstrap (Hanley and MacGibbon 2006;
/// Chamandy, Muralidharan, Najmi and Naik 2012): instead of drawing n articles with replacement,
/// each article enters each resample a Poisson(1)-distributed number of times, drawn from a
/// generator seeded by the outlet's seed and the article's key. An article's weights then
/// depend on nothing but the seed, its outlet's name and the article, so resampled sums can be
/// added up as articles arrive, in any order and any split of the corpus, with no article kept.
enum PoissonWeights {
    /// P(X <= k) x 2^64 for X ~ Poisson(1), k = 0...19, rounded down (computed with 60 digits;
    /// written out so every platform draws the same weights): a draw is the number of thresholds
    /// at or below a uniform 64-bit number (inversion).
    static let thresholds: [UInt64] = [
        0x5E2D_58D8_B3BC_DF1A, 0xBC5A_B1B1_6779_BE35, 0xEB71_5E1D_C158_2DC2, 0xFB23_9797_34A2_52F1,
        0xFF10_25F5_9174_DC3D, 0xFFD9_0F3B_A405_5E19, 0xFFFA_8B71_FC72_C913, 0xFFFF_540C_0914_B3C9,
        0xFFFF_ED1F_4AA8_F120, 0xFFFF_FE21_6E64_1462, 0xFFFF_FFD4_D85D_3183, 0xFFFF_FFFC_6DA2_62B4,
        0xFFFF_FFFF_BA12_D178, 0xFFFF_FFFF_FB07_C64C, 0xFFFF_FFFF_FFAB_8EA5, 0xFFFF_FFFF_FFFA_BE22,
        0xFFFF_FFFF_FFFF_B11A, 0xFFFF_FFFF_FFFF_FBA1, 0xFFFF_FFFF_FFFF_FFC5, 0xFFFF_FFFF_FFFF_FFFD,
    ]

    /// The Poisson(1) draw for the uniform 64-bit number `random`: 0 with probability 0.368,
    /// 1 with 0.368, 2 with 0.184, ... (one or two comparisons nearly always).
    @inline(__always)
    static func weight(_ random: UInt64) -> UInt8 {
        var weight: UInt8 = 0
        while Int(weight) < thresholds.count && random >= thresholds[Int(weight)] { weight += 1 }
        return weight
    }

    /// The seed of an article's weights in an outlet seeded `outletSeed`
    /// (`SplitMix64.seed(_:label:)` of the run's seed and the outlet's name). Records with the
    /// same id and text have the same key, so they get the same weights: they are resampled
    /// together, as one article counted several times.
    static func seed(_ outletSeed: UInt64, key: ArticleKey) -> UInt64 {
        var mixer = SplitMix64(seed: outletSeed ^ key.idHash)
        var second = SplitMix64(seed: mixer.next() ^ key.textHash)
        return second.next()
    }

    /// The article's weight in each of `weights.count` resamples.
    static func draw(into weights: inout [UInt8], seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for index in weights.indices { weights[index] = weight(generator.next()) }
    }
}
