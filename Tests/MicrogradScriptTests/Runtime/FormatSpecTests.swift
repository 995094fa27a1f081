import Testing

@testable import MicrogradScript

@Suite("Format-spec mini-language")
struct FormatSpecTests {
    @Test(arguments: [
        (0.88137358701954, ".4f", "0.8814"),
        (-8.0, "", "-8.0"),
        (3.14159, "10.3f", "     3.142"),
        (3.14159, "<10.2f", "3.14      "),
        (3.14159, "^10.1f", "   3.1    "),
        (3.14159, "+.2f", "+3.14"),
        (-3.14159, "=+10.2f", "-     3.14"),
        (1234567.891, ",.2f", "1,234,567.89"),
        (0.000123, "e", "1.230000e-04"),
        (0.000123, ".3g", "0.000123"),
        (1234567.0, "g", "1.23457e+06"),
        (0.25, "%", "25.000000%"),
        (0.25, ".1%", "25.0%"),
        (1.0, ".3", "1.0"),
        (1234.5, ".2", "1.2e+03"),
        (-0.0, ".1f", "-0.0"),
        (42.0, "08.2f", "00042.00"),
        (Double.infinity, ".2f", "inf"),
        // No type, a precision: 'g' with a digit after the point, exponent one digit earlier (CPython 3.11).
        (1.0, ".1", "1e+00"),
        (10.0, ".2", "1e+01"),
        (0.5, ".0", "0.5"),
        (99.995, ".3", "1e+02"),
        (-166.76025490931772, "10.3", " -1.67e+02"),
        (0.0001, ".3", "0.0001"),
        // '#': keep the decimal point (and the zeros of 'g').
        (1.0, "#.0f", "1."),
        (-2.5, "#.0f", "-2."),
        (0.5, "#.0e", "5.e-01"),
        (0.5, "#.0%", "50.%"),
        (1234.5, "#g", "1234.50"),
        (1.0, "#.2", "1.0"),
        (0.5, "#.2", "0.50"),
        (1.0, "#.0", "1.e+00"),
        (1e20, "#", "1.e+20"),
        (1.0, "#", "1.0"),
    ])
    func floats(value: Double, spec: String, expected: String) throws {
        #expect(try FormatSpec.format(.float(value), spec: spec) == expected)
    }

    @Test(arguments: [
        (7, "3d", "  7"),
        (7, "<3d", "7  "),
        (7, "03d", "007"),
        (-7, "04d", "-007"),
        (1234567, ",", "1,234,567"),
        (1234567, "_d", "1_234_567"),
        (255, "x", "ff"),
        (255, "#X", "0XFF"),
        (5, "b", "101"),
        (3, ".2f", "3.00"),
        (42, "+d", "+42"),
    ])
    func ints(value: Int, spec: String, expected: String) throws {
        #expect(try FormatSpec.format(.int(value), spec: spec) == expected)
    }

    @Test func strings() throws {
        #expect(try FormatSpec.format(.string("ab"), spec: "5") == "ab   ")
        #expect(try FormatSpec.format(.string("ab"), spec: ">5") == "   ab")
        #expect(try FormatSpec.format(.string("ab"), spec: "*^6") == "**ab**")
        #expect(try FormatSpec.format(.string("abcdef"), spec: ".3") == "abc")
    }

    @Test func errorsAreValueErrors() {
        #expect(throws: PyError.self) { try FormatSpec.format(.int(3), spec: ".2d") }
        #expect(throws: PyError.self) { try FormatSpec.format(.string("x"), spec: "d") }
    }

    @Test func percentFormatting() throws {
        let rt = Interpreter(seed: 0, limits: Limits())
        #expect(try PercentFormat.format("%.4f", .float(0.5), rt) == "0.5000")
        #expect(
            try PercentFormat.format("{ %s | data %.4f | grad %.4f }", .tuple([.string("a"), .float(2), .float(-3)]), rt)
                == "{ a | data 2.0000 | grad -3.0000 }")
        #expect(try PercentFormat.format("%d%%", .float(99.7), rt) == "99%")
        #expect(try PercentFormat.format("%5s|%-5s|", .tuple([.string("ab"), .string("cd")]), rt) == "   ab|cd   |")
        #expect(try PercentFormat.format("%r", .string("x"), rt) == "'x'")
        #expect(throws: PyError.self) { try PercentFormat.format("%d %d", .int(1), rt) }
    }

    @Test func strFormat() throws {
        let rt = Interpreter(seed: 0, limits: Limits())
        let arguments = Arguments([.int(1), .float(2.5)], keywords: [("name", .string("w"))])
        #expect(try StringFormat.format("{} and {:.2f}, {name!r} {{}}", arguments, rt) == "1 and 2.50, 'w' {}")
        #expect(try StringFormat.format("{1}{0}", arguments, rt) == "2.51")
    }
}
