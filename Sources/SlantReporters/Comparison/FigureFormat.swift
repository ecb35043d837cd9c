import Foundation
import SlantBatch

/// How the Markdown report prints a value of each unit. Fixed formats, no locale, so reports
/// are the same bytes everywhere.
enum FigureFormat {
    static func value(_ value: Double, _ unit: MeasureUnit) -> String {
        switch unit {
        case .words: grouped(Int64(value.rounded()))
        case .perThousandWords, .ratio, .perMention: String(format: "%.2f", value)
        case .share: String(format: "%.1f%%", value * 100)
        case .shareDifference: String(format: "%+.1f pp", value * 100)
        }
    }

    static func interval(_ interval: BootstrapInterval?, _ unit: MeasureUnit, resamples: Int) -> String {
        guard let interval else { return "n/a" }
        let text = "[\(value(interval.low, unit)), \(value(interval.high, unit))]"
        return interval.definedResamples < resamples ? text + " †" : text
    }

    /// The sums behind a figure: "34 / 21,034", or "30/40 − 10/20" for a difference of ratios.
    static func inputs(_ inputs: [Figure.Input]) -> String {
        let sums = inputs.map { grouped($0.sum) }
        switch sums.count {
        case 2: return "\(sums[0]) / \(sums[1])"
        case 4: return "\(sums[0])/\(sums[1]) − \(sums[2])/\(sums[3])"
        default: return sums.joined(separator: ", ")
        }
    }

    /// 21034 -> "21,034".
    static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// A chart's number: shares as percentages, to match the tables.
    static func chartValue(_ value: Double, _ unit: MeasureUnit) -> Double {
        switch unit {
        case .share, .shareDifference: value * 100
        default: value
        }
    }

    /// The largest value a chart of the unit can show: 100 for a percentage, none otherwise.
    static func chartCeiling(_ unit: MeasureUnit) -> Double? {
        unit == .share ? 100 : nil
    }

    static func axisLabel(_ unit: MeasureUnit) -> String {
        switch unit {
        case .words: "words"
        case .perThousandWords: "per 1,000 words"
        case .share: "%"
        case .shareDifference: "percentage points"
        case .ratio: "ratio"
        case .perMention: "per mention"
        }
    }
}
