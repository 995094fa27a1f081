/// Python's `sys`, as far as lessons need it: the recursion limit (`setrecursionlimit`, `getrecursionlimit`) and
/// a few constants. Nothing here reaches the process, the environment or the file system (no `argv`, `path`,
/// `exit`, `stdout`, `modules`).
enum SysModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let entries: [(String, Object)] = [
            ModuleObject.function("setrecursionlimit") { args in
                try args.expect("setrecursionlimit", 1, 1)
                let limit = try args.requireInt(0, "setrecursionlimit")
                if limit < 1 { throw PyError.value("recursion limit must be greater or equal than 1") }
                if limit > Limits.maximumRecursionDepth {
                    throw PyError.value(
                        "recursion limit \(limit) is above Gradbook's maximum of \(Limits.maximumRecursionDepth)")
                }
                if limit <= rt.callDepth {
                    throw PyError(
                        "RecursionError",
                        "cannot set the recursion limit to \(limit) at the recursion depth \(rt.callDepth): the limit is too low")
                }
                rt.recursionLimit = limit
                return .none
            },
            ModuleObject.function("getrecursionlimit") { args in
                try args.expect("getrecursionlimit", 0, 0)
                return .int(rt.recursionLimit)
            },
            ("maxsize", .int(Int.max)),
            ("version", .string("3.11.7 (Gradbook)")),
            ("version_info", .tuple([.int(3), .int(11), .int(7), .string("final"), .int(0)])),
        ]
        return ModuleObject(name: "sys", attributes: Dictionary(uniqueKeysWithValues: entries))
    }
}
