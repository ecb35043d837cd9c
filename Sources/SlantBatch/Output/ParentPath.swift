import Foundation

/// `NSString.deletingLastPathComponent`, except for a path of one character once its trailing
/// slashes are dropped ("o", "o/", "é"), on which this toolchain's Foundation traps: `slant
/// compare --output o`, `slant audit a.txt --output r` and `--partial p` crashed with SIGILL
/// (exit 132) before writing anything. Such a path's parent is "" (the current folder), or "/".
public enum ParentPath {
    public static func of(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.last == "/" { trimmed = trimmed.dropLast() }
        guard trimmed.count > 1 else { return trimmed == "/" ? "/" : "" }
        return (path as NSString).deletingLastPathComponent
    }
}
