import Foundation
import Notebook

/// Which Gradbook (and which cmark and Graphviz) wove a page: one part of every page's render key.
///
/// The version string alone would let a rebuilt Gradbook with a changed engine serve pages woven by the old
/// one, so the running executable's size and modification time are part of it too: a rebuild re-renders, an
/// unchanged binary does not. The libraries' versions cover a system upgrade of cmark or Graphviz, either of
/// which can change a page's bytes.
enum ToolIdentity {
    /// The identity of this process, computed once.
    static let current: String = {
        var parts = ["gradbook \(GradbookVersion.current)", "build \(build)", "cmark \(Cmark.version)"]
        parts.append("graphviz \(Graphviz.version)")
        return parts.joined(separator: "; ")
    }()

    /// `SIZE-MTIME` of the running executable, or `unknown` when it cannot be found.
    private static var build: String {
        guard let path = Bundle.main.executablePath,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return "unknown" }
        return "\(size.int64Value)-\(Int64((modified.timeIntervalSince1970 * 1e6).rounded()))"
    }
}
