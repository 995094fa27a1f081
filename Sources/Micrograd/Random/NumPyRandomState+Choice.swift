/// `choice(a, size=None, replace=True, p=None)` along numpy's four legacy paths. The result is the chosen integers
/// for `a` an integer, or indices into `a` for an array; the caller turns indices into elements and wraps them in
/// `shape` (a scalar for `shape == nil`).
extension NumPyRandomState {
    /// Chooses `shape`'s product of candidates (one for `nil`), returned in C order.
    ///
    /// - uniform with replacement: `randint(0, n, size)`;
    /// - uniform without replacement: the first values of `permutation(n)` (a full shuffle of all `n`);
    /// - weighted with replacement: `random_sample(size)` looked up in the normalised cumulative sums of `p`;
    /// - weighted without replacement: rounds of `rand(k)` for the `k` still missing, each looked up in the
    ///   cumulative sums with the chosen entries zeroed, keeping the new values in order of first appearance.
    ///
    /// Errors, in numpy's order: an empty population when samples are taken; `p` of the wrong size, with a NaN
    /// sum, a negative entry or a sum off 1 by more than √ε; without replacement, a sample larger than the
    /// population, a negative size, or fewer non-zero weights than samples; then negative dimensions.
    public mutating func choice(
        _ population: ChoicePopulation, shape: [Int]?, replace: Bool = true, p: [Double]? = nil
    ) throws(LibraryError) -> [Int] {
        let populationSize = population.size
        if shape.map(NumPyShape.wrappingProduct) != 0, let error = population.emptinessError() { throw error }
        if let p { try ProbabilityTable.validate(p, populationSize: populationSize) }
        let drawShape = shape ?? []
        let size = NumPyShape.wrappingProduct(drawShape)
        if replace {
            guard let p else { return try randint(0, populationSize, shape: drawShape) }
            let cdf = ProbabilityTable.normalizedCumulativeSums(p)
            return try randomSample(shape: drawShape).map { ProbabilityTable.searchSortedRight(cdf, $0) }
        }
        if size > populationSize {
            throw .valueError("Cannot take a larger sample than population when 'replace=False'")
        }
        if size < 0 { throw .valueError("Negative dimensions are not allowed") }
        guard let p else {
            _ = try NumPyShape.elementCount(drawShape)
            return Array(permutation(populationSize).prefix(size))
        }
        if p.count(where: { $0 > 0 }) < size { throw .valueError("Fewer non-zero entries in p than size") }
        _ = try NumPyShape.elementCount(drawShape)
        return weightedWithoutReplacement(p, size: size)
    }

    /// The weighted path without replacement, as numpy's loop runs it.
    private mutating func weightedWithoutReplacement(_ weights: [Double], size: Int) -> [Int] {
        var p = weights
        var found: [Int] = []
        found.reserveCapacity(size)
        var seenThisRound = [Bool](repeating: false, count: p.count)
        while found.count < size {
            let uniforms = (0..<(size - found.count)).map { _ in generator.nextDouble() }
            for index in found { p[index] = 0 }
            let cdf = ProbabilityTable.normalizedCumulativeSums(p)
            var fresh: [Int] = []
            for x in uniforms {
                let index = ProbabilityTable.searchSortedRight(cdf, x)
                guard index < seenThisRound.count, !seenThisRound[index] else { continue }
                seenThisRound[index] = true
                fresh.append(index)
            }
            for index in fresh { seenThisRound[index] = false }
            found.append(contentsOf: fresh)
        }
        return found
    }
}
