/// When and how an outlet stops keeping its articles: past `threshold` articles, each is added
/// into `FoldedArticles` with its Poisson bootstrap weights and forgotten, which is what keeps
/// `slant compare`'s memory from growing with the corpus. Not with `--by-period`,
/// `--near-duplicates` or `--events`, whose figures need each article after the run.
struct Folding: Sendable, Hashable {
    let resampling: Resampling
    /// The wire-copy count's position in the layout: wire stories are folded apart.
    let wireField: Int?
    let threshold: Int

    /// About 60 bytes an article kept against 8 bytes a field in each resample: fold when the
    /// articles would take more room than the sums (4,250 articles at 1,000 resamples of 34 counts).
    static func threshold(resamples: Int, fieldCount: Int) -> Int {
        max(16, resamples * fieldCount * 8 / 64)
    }
}
