/// `--shard I/N`: one of N slices of a course, so a CI matrix of N jobs checks it all, each lesson once.
///
/// Lessons are taken in sorted path order and dealt round-robin: the lesson at position p (from 0) belongs to
/// shard `p % N + 1`. Every lesson lands in exactly one shard, shard sizes differ by at most one, and the split
/// depends only on the sorted list of paths, so every machine of the matrix computes the same one.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// Which slice, from 1.
    public var index: Int
    /// How many slices.
    public var count: Int

    /// The most slices a course may be cut into: far beyond any CI matrix, and a bound on a typo.
    public static let maximumCount = 10_000

    /// Makes a shard; `parse` checks the bounds for input from a user.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Reads `I/N`, with 1 ≤ I ≤ N ≤ `maximumCount`; the error says what was wrong.
    public static func parse(_ text: String) -> Result<Shard, ShardError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else {
            return .failure(ShardError(message: "--shard takes I/N, two whole numbers such as 2/4; got '\(text)'"))
        }
        guard count >= 1, count <= maximumCount else {
            return .failure(ShardError(message: "--shard \(text): N must be from 1 to \(maximumCount)"))
        }
        guard index >= 1, index <= count else {
            return .failure(ShardError(message: "--shard \(text): I must be from 1 to N (\(count))"))
        }
        return .success(Shard(index: index, count: count))
    }

    /// This shard's elements of `items`, which must already be in sorted order.
    public func select<Item>(_ items: [Item]) -> [Item] {
        items.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }
}

/// A `--shard` value that is not `I/N` within bounds; `gradbook check` prints it and exits 2.
public struct ShardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong, naming the option.
    public var message: String
    /// The message.
    public var description: String { message }
}
