extension Compiler {
    func subscriptRead(_ object: Expression, _ index: Expression, at position: SourcePosition) throws -> Evaluate {
        unowned(unsafe) let rt = self.rt
        let container = try expression(object)
        if case .slice(let lower, let upper, let step) = index.kind {
            let low = try lower.map { try expression($0) }
            let high = try upper.map { try expression($0) }
            let stride = try step.map { try expression($0) }
            return placing(position) { frame in
                let owner = try container(frame)
                return try rt.slice(of: owner, try low?(frame), try high?(frame), try stride?(frame))
            }
        }
        let key = try expression(index)
        return placing(position) { frame in
            let owner = try container(frame)
            let k = try key(frame)
            if case .list(let list) = owner, case .int(let i) = k, i >= 0, i < list.items.count {
                return list.items[i]
            }
            return try rt.item(of: owner, k)
        }
    }
}
