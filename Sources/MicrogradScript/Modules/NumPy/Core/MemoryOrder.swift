/// The order in which numpy's iterator visits the axes of its operands, which decides both the order a reduction
/// adds elements in and the memory layout of a new result (`order='K'`).
enum MemoryOrder {
    /// numpy's `npyiter_find_best_axis_ordering`: an insertion sort of the axes, innermost first, where an axis moves
    /// inward past another only if some operand has a larger stride on that other axis and none disagrees (C order
    /// wins conflicts; zero strides abstain). Returns the axes from outermost to innermost.
    static func iterationOrder(shape: [Int], operandStrides: [[Int]]) -> [Int] {
        var innerFirst = Array((0..<shape.count).reversed())
        guard innerFirst.count > 1 else { return innerFirst }
        for i0 in 1..<innerFirst.count {
            var insertAt = i0
            let moving = innerFirst[i0]
            var i1 = i0 - 1
            while i1 >= 0 {
                let other = innerFirst[i1]
                var ambiguous = true
                var shouldSwap = false
                for strides in operandStrides where strides[moving] != 0 && strides[other] != 0 {
                    if Swift.abs(strides[other]) <= Swift.abs(strides[moving]) {
                        shouldSwap = false
                    } else if ambiguous {
                        shouldSwap = true
                    }
                    ambiguous = false
                }
                if !ambiguous {
                    if shouldSwap { insertAt = i1 } else { break }
                }
                i1 -= 1
            }
            if insertAt != i0 {
                innerFirst.remove(at: i0)
                innerFirst.insert(moving, at: insertAt)
            }
        }
        return innerFirst.reversed()
    }

    /// The visiting order when it is not plain C order, else nil (the common case, which needs no permuting).
    static func axes(shape: [Int], operandStrides: [[Int]]) -> [Int]? {
        guard shape.count > 1 else { return nil }
        let order = iterationOrder(shape: shape, operandStrides: operandStrides)
        return order == Array(0..<shape.count) ? nil : order
    }

    /// The permutation that undoes `order`.
    static func inverse(_ order: [Int]) -> [Int] {
        var inverse = [Int](repeating: 0, count: order.count)
        for (position, axis) in order.enumerated() { inverse[axis] = position }
        return inverse
    }
}
