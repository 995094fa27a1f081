import Micrograd

/// `sklearn.datasets`: `make_moons`, `make_circles` and `make_blobs` as scikit-learn 1.5.2 makes them (keyword-only
/// arguments, defaults, validation errors), drawing from numpy's legacy generator: the global one for
/// `random_state=None`, a fresh `RandomState(seed)` for an int, or the given `RandomState`. `X` is float64 of shape
/// `(n_samples, n_features)`, `y` int64.
enum ScikitLearnDatasetsModule {
    static func make(_ rt: Interpreter) -> ModuleObject {
        unowned(unsafe) let rt = rt
        let invalidParameter = ScikitLearnModule.makeInvalidParameterError(rt)
        func generator(
            _ name: String, positional: [String], keywordOnly: [String],
            _ body: @escaping (DatasetArguments) throws -> Object
        ) -> (String, Object) {
            (name, .builtin(BuiltinFunction("sklearn.datasets." + name) { args in
                try body(try DatasetArguments(
                    args, name, positional: positional, keywordOnly: keywordOnly, rt, invalidParameter: invalidParameter))
            }))
        }
        let entries: [(String, Object)] = [
            generator("make_moons", positional: ["n_samples"], keywordOnly: ["shuffle", "noise", "random_state"]) { a in
                let count = try a.sampleCount(minimum: 1)
                let shuffle = try a.flag("shuffle", true)
                let noise = try a.real("noise", nil, in: (0, .infinity), allowsNone: true)
                let (randomState, generator) = try a.randomState()
                let data = try a.run { () throws(LibraryError) in
                    try ScikitLearnDatasets.makeMoons(
                        nSamples: count, shuffle: shuffle, noise: noise, randomState: randomState, state: &generator.state)
                }
                return .tuple(try a.arrays(data))
            },
            generator(
                "make_circles", positional: ["n_samples"], keywordOnly: ["shuffle", "noise", "random_state", "factor"]
            ) { a in
                let count = try a.sampleCount(minimum: 0)
                let shuffle = try a.flag("shuffle", true)
                let noise = try a.real("noise", nil, in: (0, .infinity), allowsNone: true)
                let (randomState, generator) = try a.randomState()
                let factor = try a.real("factor", 0.8, in: (0, 1), allowsNone: false) ?? 0.8
                let data = try a.run { () throws(LibraryError) in
                    try ScikitLearnDatasets.makeCircles(
                        nSamples: count, shuffle: shuffle, noise: noise, randomState: randomState, factor: factor,
                        state: &generator.state)
                }
                return .tuple(try a.arrays(data))
            },
            generator(
                "make_blobs", positional: ["n_samples", "n_features"],
                keywordOnly: ["centers", "cluster_std", "center_box", "shuffle", "random_state", "return_centers"]
            ) { a in try BlobArgumentsReader(a).make() },
        ]
        var attributes = Dictionary(uniqueKeysWithValues: entries)
        attributes["__name__"] = .string("sklearn.datasets")
        return ModuleObject(name: "sklearn.datasets", attributes: attributes)
    }
}
