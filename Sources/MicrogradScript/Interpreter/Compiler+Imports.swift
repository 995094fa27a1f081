extension Compiler {
    func importModules(_ modules: [ImportedModule]) throws -> Execute {
        unowned(unsafe) let rt = self.rt
        let steps = try modules.map { module -> Execute in
            let path = module.path
            let boundName = module.alias ?? path.first ?? ""
            let store = try target(Expression(.name(boundName), at: module.position))
            let bindTop = module.alias == nil
            return placingStatement(module.position) { frame in
                let imported = try rt.module(path)
                let bound = bindTop ? try rt.module(Array(path.prefix(1))) : imported
                try store(frame, .module(bound))
                return .normal
            }
        }
        return { frame in
            for step in steps { _ = try step(frame) }
            return .normal
        }
    }

    func importNames(_ names: [ImportedName], from path: [String]) throws -> Execute {
        unowned(unsafe) let rt = self.rt
        let dotted = path.joined(separator: ".")
        var steps: [Execute] = []
        for imported in names {
            if imported.name == "*" {
                guard let module = try? rt.module(path) else {
                    steps.append(
                        placingStatement(imported.position) { _ in
                            _ = try rt.module(path)
                            return .normal
                        })
                    continue
                }
                for name in module.attributes.keys.sorted() where !name.hasPrefix("_") {
                    let store = try target(Expression(.name(name), at: imported.position))
                    steps.append { frame in
                        try store(frame, module.attributes[name] ?? .none)
                        return .normal
                    }
                }
                continue
            }
            let name = imported.name
            let store = try target(Expression(.name(imported.alias ?? name), at: imported.position))
            steps.append(
                placingStatement(imported.position) { frame in
                    let module = try rt.module(path)
                    if let value = module.attributes[name] {
                        try store(frame, value)
                    } else if let submodule = try? rt.module(path + [name]) {
                        try store(frame, .module(submodule))
                    } else if let fallback = module.attributes["__getattr__"] {
                        try store(frame, try rt.call(fallback, Arguments([.string(name)])))
                    } else {
                        throw PyError("ImportError", "cannot import name '\(name)' from '\(dotted)'")
                    }
                    return .normal
                })
        }
        return { frame in
            for step in steps { _ = try step(frame) }
            return .normal
        }
    }
}
