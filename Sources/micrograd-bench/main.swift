import Foundation
import Micrograd

// micrograd-bench: release benchmarks of the engine and the cell language on micrograd's moons demo.
// Prints one `key=value` line per case, so scripts and the README can quote it.
//   swift run -c release micrograd-bench [engine|script|all] [--steps N]

var cases = Set(["engine", "script"])
var steps = 100
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "engine", "script": cases = [argument]
    case "all": cases = ["engine", "script"]
    case "--steps":
        guard let text = arguments.popFirst(), let n = Int(text), n > 0 else {
            print("micrograd-bench: --steps takes a positive whole number")
            exit(2)
        }
        steps = n
    default:
        print("usage: micrograd-bench [engine|script|all] [--steps N]")
        exit(2)
    }
}

func format(_ x: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", x)
}

var engineSeconds: Double?
if cases.contains("engine") {
    // Peak memory after the first tenth of the steps and at the end: equal when memory is flat.
    var earlyPeak = 0.0
    let result = EngineMoonsDemo(steps: steps).run { k in
        if k == max(0, steps / 10 - 1) { earlyPeak = peakResidentMegabytes() }
    }
    engineSeconds = result.seconds
    print(
        "case=engine steps=\(result.steps) total_seconds=\(format(result.seconds, 4))"
            + " nodes_per_step=\(result.nodesPerStep) ns_per_node=\(format(result.nanosecondsPerNode, 2))"
            + " peak_rss_mb_at_10pct=\(format(earlyPeak, 1)) peak_rss_mb=\(format(peakResidentMegabytes(), 1))"
            + " final_loss=\(PythonFloat.repr(result.finalLoss)) final_accuracy=\(PythonFloat.repr(result.finalAccuracy))")
}
