extension ProgramParser {
    /// `import a.b as c, d`.
    mutating func parseImport() throws -> Statement {
        let position = try advance().position
        var modules: [ImportedModule] = []
        repeat {
            let start = try peek().position
            let path = try parseDottedName()
            let alias = try accept("as") != nil ? try expectName().text : nil
            modules.append(ImportedModule(path: path, alias: alias, position: start))
        } while try accept(",") != nil
        return Statement(.import(modules), at: position)
    }

    /// `from a.b import x, y as z`, `from a import (x, y)` or `from a import *`.
    mutating func parseFromImport() throws -> Statement {
        let position = try advance().position
        let first = try peek()
        if first.is(".") || first.is("...") {
            throw syntaxError("relative imports are not supported in Gradbook cells", at: first.position)
        }
        let module = try parseDottedName()
        try expect("import")
        if let star = try accept("*") {
            return Statement(
                .importFrom(module: module, names: [ImportedName(name: "*", alias: nil, position: star.position)]),
                at: position)
        }
        let parenthesized = try accept("(") != nil
        var names: [ImportedName] = []
        repeat {
            if parenthesized, try at(")") { break }
            let name = try expectName("a name to import")
            let alias = try accept("as") != nil ? try expectName().text : nil
            names.append(ImportedName(name: name.text, alias: alias, position: name.position))
        } while try accept(",") != nil
        if parenthesized { try expect(")") }
        if names.isEmpty { throw try invalidSyntax(expected: "a name to import") }
        return Statement(.importFrom(module: module, names: names), at: position)
    }

    /// `a.b.c` as its parts.
    private mutating func parseDottedName() throws -> [String] {
        var path = [try expectName("a module name").text]
        while try accept(".") != nil {
            path.append(try expectName("a module name").text)
        }
        return path
    }
}
