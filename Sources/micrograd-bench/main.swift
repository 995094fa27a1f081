import Foundation
import Micrograd

// micrograd-bench: release benchmarks of the engine and the cell language on micrograd's moons demo.
// Prints one `key=value` line per case, so scripts and the README can quote it.
//   swift run -c release micrograd-bench [engine|script|all] [--steps N] [--runs N]
//
// The machine is shared and noisy, so each case runs `--runs` times (5 by default), the cases interleaved so that a
// burst of load hits both alike, and the lines report the median run (and the fastest). The ratio is the median of
// the per-run ratios, each measured side by side.

var cases = Set(["engine", "script"])
var steps = 100
var runs = 5
var arguments = CommandLine.arguments.dropFirst()

@MainActor func positiveNumber(after option: String) -> Int {
    guard let text = arguments.popFirst(), let n = Int(text), n > 0 else {
        print("micrograd-bench: \(option) takes a positive whole number")
        exit(2)
    }
    return n
}

while let argument = arguments.popFirst() {
    switch argument {
    case "engine", "script": cases = [argument]
    case "all": cases = ["engine", "script"]
    case "--steps": steps = positiveNumber(after: "--steps")
    case "--runs": runs = positiveNumber(after: "--runs")
    default:
        print("usage: micrograd-bench [engine|script|all] [--steps N] [--runs N]")
        exit(2)
    }
}

func format(_ x: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", x)
}

func median(_ xs: [Double]) -> Double {
    let sorted = xs.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

var engineRuns: [DemoMeasurement] = []
var scriptRuns: [ScriptedMoonsDemo.Measurement] = []
// Peak memory after the first tenth of the first engine run's steps: equal to the final peak when memory is flat.
var earlyPeak = 0.0
var enginePeak = 0.0
for run in 0..<runs {
    if cases.contains("engine") {
        let result = EngineMoonsDemo(steps: steps).run { k in
            if run == 0, k == max(0, steps / 10 - 1) { earlyPeak = peakResidentMegabytes() }
        }
        if run == 0 { enginePeak = peakResidentMegabytes() }
        engineRuns.append(result)
    }
    if cases.contains("script") {
        scriptRuns.append(ScriptedMoonsDemo.run(steps: steps))
    }
}

if let last = engineRuns.last {
    let seconds = engineRuns.map(\.seconds)
    let perNode = engineRuns.map(\.nanosecondsPerNode)
    print(
        "case=engine steps=\(last.steps) runs=\(runs) total_seconds=\(format(median(seconds), 4))"
            + " fastest_seconds=\(format(seconds.min() ?? .nan, 4))"
            + " nodes_per_step=\(last.nodesPerStep) ns_per_node=\(format(median(perNode), 2))"
            + " peak_rss_mb_at_10pct=\(format(earlyPeak, 1)) peak_rss_mb=\(format(enginePeak, 1))"
            + " final_loss=\(PythonFloat.repr(last.finalLoss)) final_accuracy=\(PythonFloat.repr(last.finalAccuracy))")
}

if let last = scriptRuns.last {
    // The same demo written in the cell language, as micrograd's demo.ipynb writes it, run by the interpreter.
    let seconds = scriptRuns.map(\.seconds)
    var line = "case=script steps=\(steps) runs=\(runs) total_seconds=\(format(median(seconds), 4))"
    line += " fastest_seconds=\(format(seconds.min() ?? .nan, 4))"
    if engineRuns.count == scriptRuns.count {
        let ratios = zip(scriptRuns, engineRuns).map { $0.seconds / $1.seconds }
        line += " ratio_to_engine=\(format(median(ratios), 2))"
    }
    line += " peak_rss_mb=\(format(peakResidentMegabytes(), 1)) last_line=\"\(last.lastLine)\""
    print(line)
    if let engine = engineRuns.last, !last.lastLine.contains("loss \(PythonFloat.repr(engine.finalLoss)),") {
        print("micrograd-bench: the scripted demo's last loss differs from the engine's")
        exit(1)
    }
}
