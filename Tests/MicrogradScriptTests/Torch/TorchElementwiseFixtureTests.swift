import Foundation
import Testing

@testable import MicrogradScript

/// Every operation of the subset on 64 random elements, float64 and float32, values and gradients, against torch
/// 2.15.0 (`Fixtures/Torch/elementwise.json`), in units in the last place of the dtype.
///
/// Most agree bit for bit. The rest differ by design, by a few units: torch's `tanh`, `exp` and `float32` `pow`
/// are SLEEF's vectorised approximations (Gradbook uses the C library's), and the engine derives `a / b` as
/// micrograd does (`a * b**-1`), so the gradients of a division round differently from torch's `grad / b`.
@Suite struct TorchElementwiseFixtureTests {
    struct Case: Decodable {
        let name: String
        let dtype: String
        let source: String
        let forward: [String]
        let grad: [String]
    }

    struct File: Decodable {
        let cases: [Case]
    }

    /// The most units in the last place each operation differs by (values, gradients), as measured; absent means
    /// bit for bit. `tanh`'s gradient `1 - y*y` magnifies a one-unit difference in `y` near ±1; `float32` gradients
    /// are the engine's `Double` sweep rounded once at the end, where torch rounds after every step.
    static let allowance: [String: (forward: UInt64, grad: UInt64)] = [
        "div_float64": (0, 1),
        "div_number_float64": (0, 1),
        "rdiv_float64": (0, 2),
        "pow_half_float64": (0, 2),
        "pow_neg_float64": (0, 1),
        "tanh_float64": (1, 29),
        "sigmoid_float64": (1, 1),
        "chain_float64": (4, 80),
        "rdiv_float32": (0, 2),
        "pow3_float32": (0, 1),
        "pow_half_float32": (1, 1),
        "pow_float_float32": (1, 2),
        "pow_neg_float32": (0, 1),
        "tanh_float32": (0, 1),
        "exp_float32": (1, 1),
        "sigmoid_float32": (1, 3),
        "chain_float32": (2, 10),
    ]

    @Test func valuesAndGradientsAgreeWithTorch() throws {
        guard let url = Bundle.module.url(forResource: "elementwise", withExtension: "json", subdirectory: "Fixtures/Torch")
        else { throw CocoaError(.fileNoSuchFile) }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        #expect(file.cases.count == 40)
        var report: [String] = []
        for item in file.cases {
            let lines = Session().run(item.source).plainText.split(separator: "\n").map(String.init)
            guard lines.count == 2 else {
                Issue.record("\(item.name): \(lines)")
                continue
            }
            let forward = Self.numbers(lines[0]), grad = Self.numbers(lines[1])
            let expectedForward = item.forward.compactMap(Double.init), expectedGrad = item.grad.compactMap(Double.init)
            #expect(forward.count == expectedForward.count && grad.count == expectedGrad.count, "\(item.name)")
            let single = item.dtype == "float32"
            let forwardUlps = zip(forward, expectedForward).map { Self.ulps($0, $1, single: single) }
            let gradUlps = zip(grad, expectedGrad).map { Self.ulps($0, $1, single: single) }
            let allowed = Self.allowance[item.name] ?? (0, 0)
            let worstForward = forwardUlps.max() ?? 0, worstGrad = gradUlps.max() ?? 0
            report.append(
                "\(item.name): values \(forwardUlps.filter { $0 == 0 }.count)/64 exact, worst \(worstForward); "
                    + "gradients \(gradUlps.filter { $0 == 0 }.count)/64 exact, worst \(worstGrad)")
            #expect(worstForward <= allowed.forward, "\(item.name) values")
            #expect(worstGrad <= allowed.grad, "\(item.name) gradients")
        }
        if let path = ProcessInfo.processInfo.environment["TORCH_ULP_REPORT"] {
            try report.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The numbers of a printed Python list of floats.
    static func numbers(_ line: String) -> [Double] {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",").compactMap {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Units in the last place between two values of the dtype (float32 values are exact `Float`s).
    static func ulps(_ a: Double, _ b: Double, single: Bool) -> UInt64 {
        if a == b || (a.isNaN && b.isNaN) { return 0 }
        if single {
            let x = Int64(Int32(bitPattern: Float(a).bitPattern)), y = Int64(Int32(bitPattern: Float(b).bitPattern))
            if (x < 0) != (y < 0) { return UInt64.max }
            return UInt64(Swift.abs(x - y))
        }
        let x = Int64(bitPattern: a.bitPattern), y = Int64(bitPattern: b.bitPattern)
        if (x < 0) != (y < 0) { return UInt64.max }
        return x > y ? UInt64(x - y) : UInt64(y - x)
    }
}
