import Foundation
import Mustache

/// The Mustache templates and stylesheet that dress every page: Gradbook's own (shipped as resources), or an
/// author's from `--template DIR`.
///
/// A template directory may hold `page.mustache` (a lesson), `index.mustache` (the list of lessons) and
/// `style.css` (inlined into both); a file it lacks falls back to Gradbook's.
public struct PageTemplates: Sendable {
    /// The lesson page template.
    public var page: MustacheTemplate
    /// The index page template.
    public var index: MustacheTemplate
    /// The stylesheet, inlined into every page so pages stay self-contained.
    public var css: String
    /// The Mustache sources of `page` and `index`, as read: what an incremental render hashes, since a
    /// parsed template cannot be compared.
    public var sources: (page: String, index: String)

    /// Gradbook's own templates.
    public static func standard() throws(TemplateError) -> PageTemplates {
        guard let directory = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw TemplateError(file: "Resources", message: "Gradbook's built-in templates are missing")
        }
        return try load(directory: directory.path, fallback: nil)
    }

    /// The templates in `directory`, with Gradbook's standing in for any file it lacks.
    public static func custom(directory: String) throws(TemplateError) -> PageTemplates {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw TemplateError(file: directory, message: "no such template directory")
        }
        return try load(directory: directory, fallback: try standard())
    }

    private static func load(directory: String, fallback: PageTemplates?) throws(TemplateError) -> PageTemplates {
        func text(_ name: String) throws(TemplateError) -> String? {
            let path = (directory as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateError(file: path, message: "cannot read the file")
            }
            guard let string = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: path, message: "the file is not valid UTF-8")
            }
            return string
        }
        func template(
            _ name: String, fallback: (MustacheTemplate, String)?
        ) throws(TemplateError) -> (MustacheTemplate, String) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let source = try text(name) else {
                if let fallback { return fallback }
                throw TemplateError(file: path, message: "the template is missing")
            }
            return (try parse(source, path: path), source)
        }
        let page = try template("page.mustache", fallback: fallback.map { ($0.page, $0.sources.page) })
        let index = try template("index.mustache", fallback: fallback.map { ($0.index, $0.sources.index) })
        let css = try text("style.css") ?? fallback?.css ?? ""
        return PageTemplates(page: page.0, index: index.0, css: css, sources: (page.1, index.1))
    }

    /// Parses a template, turning the parser's error into one with the file, line and column.
    ///
    /// Every template starts in `ScalarHTMLContentType`'s escaping (a template may still switch with its own
    /// `CONTENT_TYPE` pragma), because Mustache's own HTML escaping works on Characters: a quote carrying a
    /// combining mark passed through unescaped and could end an attribute such as the page's description.
    static func parse(_ source: String, path: String) throws(TemplateError) -> MustacheTemplate {
        ScalarHTMLContentType.register()
        let pragma = "{{% CONTENT_TYPE: \(ScalarHTMLContentType.name) }}"
        do {
            return try MustacheTemplate(string: pragma + source)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            throw TemplateError(file: path, line: line, column: column, message: "invalid Mustache template (\(error.error))")
        } catch {
            throw TemplateError(file: path, message: "invalid Mustache template (\(error))")
        }
    }
}

/// A template that cannot be used; `gradbook render` prints it and exits 2.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template file (or directory).
    public var file: String
    /// Where in it, when known.
    public var line: Int?
    /// The column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// Makes an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: error: message`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}
