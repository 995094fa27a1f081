/// Python's `gc`, the cycle collector's controls, as far as a lesson needs them: `collect()` runs a full
/// collection now and returns how many objects it freed, as CPython returns the unreachable objects it found.
/// Automatic collection is always on (`enable()` is allowed, `isenabled()` is `True`); there is no `disable()`,
/// because a session's memory stays bounded only while its collector runs. A session's collector is its own
/// (`Heap`), so nothing here reaches another session or the process.
enum GcModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let entries: [(String, Object)] = [
            ModuleObject.function("collect") { args in
                try args.expect("collect", 0, 1)
                if args.positional.count == 1 {
                    let generation = try args.requireInt(0, "collect")
                    if !(0...2).contains(generation) { throw PyError.value("invalid generation") }
                }
                let before = rt.heap.objectsCollected
                rt.heap.collectAll()
                return .int(rt.heap.objectsCollected - before)
            },
            ModuleObject.function("enable") { args in
                try args.expect("enable", 0, 0)
                return .none
            },
            ModuleObject.function("isenabled") { args in
                try args.expect("isenabled", 0, 0)
                return .bool(true)
            },
        ]
        return ModuleObject(name: "gc", attributes: Dictionary(uniqueKeysWithValues: entries))
    }
}
