/// How findings in one voice are reported, set per voice in `.slant.yml`. `error`, `warning` and
/// `info` replace the severity of rules that flag (warning or error rules); `rule` keeps the
/// rule's own; `off` drops the voice. Rules at info stay info in every voice.
public enum VoiceLevel: String, Sendable, CaseIterable {
    case error, warning, info, rule, off
}
