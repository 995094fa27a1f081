import Foundation
import Testing

@testable import MicrogradScript

/// A training step's graph is freed when the loop lets go of it, not at a later full collection: the loss that
/// is rebound is collected at the next statement (Heap+Rebinding.swift), and the cycle that `backward()`'s
/// nested, recursive `build_topo` makes is broken when `backward()` returns (`Frame.releaseEnvironmentCycle`).
/// Both only change when objects are freed; what the lesson computes is the same.
@Suite("Cycles: a step's graph is freed as soon as it is dropped")
struct PromptCollectionTests {
    /// The engine of `CycleCollectionTests` makes about 17,000 tracked objects a step. With each dropped graph
    /// collected at once, at most the last graph and the one being built are alive together.
    @Test func reboundLossesAreCollectedAtOnce() {
        let session = Session()
        _ = session.run(CycleCollectionTests.engine)
        let loss = session.run(CycleCollectionTests.training(12)).plainText
        let census = session.heapCensus
        #expect(Double(loss) != nil, "\(loss)")
        #expect(census.suspectCollections >= 11, "\(census)")
        #expect(census.largest < 40_000, "\(census)")
    }

    /// The same steps give the same numbers whether graphs are freed early or not: the training cell's loss
    /// equals that of a loop that keeps every graph alive in a list, so nothing is collected early.
    @Test func collectingEarlyChangesNoResult() {
        let keeping = "kept = []\n" + CycleCollectionTests.training(5).replacingOccurrences(
            of: "    loss.backward()", with: "    kept.append(loss)\n    loss.backward()")
        let early = run(CycleCollectionTests.engine, CycleCollectionTests.training(5))
        let late = run(CycleCollectionTests.engine, keeping)
        #expect(early == late)
        #expect(Double(early) != nil, "\(early)")
    }

    /// A function whose nested function calls itself leaves nothing for the collector once it returns.
    @Test func aRecursiveNestedFunctionIsFreedWhenItsCallReturns() {
        let printed = run(
            """
            import gc
            gc.collect()
            def walk(n):
                seen = []
                def visit(k):
                    seen.append(k)
                    if k < n:
                        visit(k + 1)
                visit(0)
                return len(seen)
            print(walk(10), gc.collect())
            """)
        #expect(printed == "11 0")
    }

    /// The cycle is broken only when nothing else can reach it: a nested function that escapes, or that another
    /// escaping closure reaches, keeps working.
    @Test func anEscapingNestedFunctionIsKept() {
        let printed = run(
            """
            def make():
                def count(k):
                    return 0 if k == 0 else 1 + count(k - 1)
                return count
            def make_pair():
                def count(k):
                    return 0 if k == 0 else 1 + count(k - 1)
                def other(k):
                    return count(k) * 2
                return other
            def make_twice():
                def count(k):
                    return 0 if k == 0 else 1 + count(k - 1)
                alias = count
                return [alias]
            print(make()(5), make_pair()(4), make_twice()[0](3))
            """)
        #expect(printed == "5 8 3")
    }

    /// An instance rebound while something else still holds it survives its collection as a suspect.
    @Test func aSuspectThatIsStillReachableSurvives() {
        let printed = run(
            """
            class Node:
                def __init__(self, value):
                    self.value = value
                    self.me = lambda: self
            keep = {}
            for i in range(5):
                n = Node(i)
                keep[i] = n.me
            print([keep[i]().value for i in range(5)])
            """)
        #expect(printed == "[0, 1, 2, 3, 4]")
    }
}
