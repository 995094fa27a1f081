extension TypeObject {
    /// The C3 linearization of `type` with `bases`: CPython's method resolution order. Each base's MRO is merged
    /// with the list of bases, taking at each step the first head that appears in no other list's tail.
    static func linearize(_ type: TypeObject, bases: [TypeObject]) throws -> [TypeObject] {
        var sequences = bases.map(\.mro) + [bases]
        sequences.removeAll { $0.isEmpty }
        var result: [TypeObject] = [type]
        while !sequences.isEmpty {
            guard
                let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                    !sequences.contains { sequence in sequence.dropFirst().contains { $0 === candidate } }
                })
            else {
                // CPython names the heads left unmerged, in order, and breaks its message where CPython does.
                var heads: [TypeObject] = []
                for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) { heads.append(sequence[0]) }
                let names = heads.map(\.name).joined(separator: ", ")
                throw PyError.type("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(head)
            for i in sequences.indices where sequences[i][0] === head { sequences[i].removeFirst() }
            sequences.removeAll { $0.isEmpty }
        }
        return result
    }
}
