import Foundation

/// The few lines that make an open page reload itself when the preview re-renders it.
///
/// Only the preview server adds them, as it serves a page; pages written by `render` never hold them. The
/// script listens to the server-sent events at `eventsPath`; each event lists the pages just written, one per
/// `data:` line, and a page reloads when its own name (or `index.html` for `/`) is among them.
public enum ReloadScript {
    /// Where the event stream is served.
    public static let eventsPath = "/.gradbook/events"

    /// The `<script>` element.
    public static let element = """
        <script data-gradbook-preview>
        (function () {
          var page = decodeURIComponent(location.pathname.split('/').pop()) || 'index.html';
          var events = new EventSource('\(eventsPath)');
          events.onmessage = function (event) {
            if (event.data.split('\\n').indexOf(page) >= 0) { location.reload(); }
          };
        })();
        </script>

        """

    /// `html` with the script before its last `</body>`, or at the end when it has none.
    public static func inject(into html: String) -> String {
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + element
        }
        return html[..<body.lowerBound] + element + html[body.lowerBound...]
    }
}
