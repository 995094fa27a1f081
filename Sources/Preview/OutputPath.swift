import Foundation

/// Maps a request path to a file inside the output folder, refusing anything that could leave it.
///
/// The path is percent-decoded first, so `%2e%2e` is `..`. A `..` component anywhere is refused (not resolved,
/// even when it would land inside), as are other hidden components (`.cache`), backslashes and NUL bytes. Finally
/// the file's real path, symbolic links resolved, must still lie inside the output folder's real path.
public enum OutputPath {
    /// Why a request was not mapped to a file.
    public enum Refusal: Error, Equatable, Sendable {
        /// The path tries to leave the output folder or reach a hidden file: 403.
        case forbidden
        /// Nothing is there: 404.
        case notFound
    }

    /// The file `requestPath` (`/04-a-neuron.html`, `/`) names under `root`.
    public static func resolve(_ requestPath: String, in root: String) -> Result<String, Refusal> {
        guard let decoded = requestPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\")
        else { return .failure(.forbidden) }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            .filter { $0 != "." }
        if components.contains(where: { $0.hasPrefix(".") }) { return .failure(.forbidden) }
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var candidate = ([rootPath] + components).joined(separator: "/")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue {
            candidate += "/index.html"
        }
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        guard real == rootPath || real.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
            return .failure(.forbidden)
        }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else {
            return .failure(.notFound)
        }
        return .success(real)
    }

    /// The `Content-Type` for a file, by its extension.
    public static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
