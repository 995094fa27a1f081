import Testing
@testable import Weave

@Suite("Axis scales and nice ticks")
struct PlotAxisScaleTests {
    private func labels(_ lower: Double, _ upper: Double, target: Int, fit: PlotAxisScale.Fit = .extendToTicks)
        -> [String]
    {
        PlotAxisScale(extent: PlotExtent(lower: lower, upper: upper), targetTickCount: target, fit: fit)
            .ticks.map(\.label)
    }

    @Test("the domain grows outwards to 1-2-5 ticks")
    func extendsToTicks() {
        let scale = PlotAxisScale(extent: PlotExtent(lower: 0.3, upper: 9.2), targetTickCount: 5, fit: .extendToTicks)
        #expect(scale.ticks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
        #expect(scale.ticks.map(\.value) == [0, 2, 4, 6, 8, 10])
        #expect(scale.lower == 0)
        #expect(scale.upper == 10)
    }

    @Test("steps of 1, 2 and 5 at any power of ten")
    func steps() {
        #expect(labels(0, 1, target: 5) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(labels(-5, 4.75, target: 4) == ["-6", "-4", "-2", "0", "2", "4", "6"])
        #expect(labels(0, 99, target: 5) == ["0", "20", "40", "60", "80", "100"])
        #expect(labels(0, 99, target: 10).count == 11)
        #expect(labels(0, 3e-5, target: 6) == ["0", "5e-06", "1e-05", "1.5e-05", "2e-05", "2.5e-05", "3e-05"])
        #expect(labels(0, 2e7, target: 4) == ["0", "5e+06", "1e+07", "1.5e+07", "2e+07"])
    }

    @Test("tick values are the doubles nearest the decimal ticks, with no binary noise")
    func noBinaryNoise() {
        let scale = PlotAxisScale(
            extent: PlotExtent(lower: 0, upper: 0.1 + 0.2), targetTickCount: 3, fit: .extendToTicks)
        #expect(scale.ticks.map(\.label) == ["0", "0.1", "0.2", "0.3"])
        #expect(scale.ticks.map(\.value) == [0, 0.1, 0.2, 0.3])
    }

    @Test("a tight scale keeps the extent and puts ticks inside it")
    func tight() {
        let scale = PlotAxisScale(extent: PlotExtent(lower: -1.05, upper: 1.05), targetTickCount: 6, fit: .tight)
        #expect(scale.lower == -1.05)
        #expect(scale.upper == 1.05)
        #expect(scale.ticks.map(\.label) == ["-1", "-0.5", "0", "0.5", "1"])
    }

    @Test("equal values, zero and no data still give a usable axis")
    func degenerate() {
        #expect(labels(2, 2, target: 4) == ["1.8", "1.9", "2", "2.1", "2.2"])
        #expect(labels(0, 0, target: 4) == ["-1", "-0.5", "0", "0.5", "1"])
        #expect(labels(.leastNonzeroMagnitude, .leastNonzeroMagnitude, target: 4) == ["-1", "-0.5", "0", "0.5", "1"])
        let empty = PlotAxisScale(extent: nil, targetTickCount: 5, fit: .extendToTicks)
        #expect(empty.ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    }

    @Test("huge and nearly equal values stay finite")
    func extremes() {
        let huge = PlotAxisScale(
            extent: PlotExtent(lower: -1e300, upper: 1e300), targetTickCount: 4, fit: .extendToTicks)
        #expect(huge.ticks.map(\.label) == ["-1e+300", "-5e+299", "0", "5e+299", "1e+300"])
        let close = PlotAxisScale(extent: PlotExtent(lower: 1e10, upper: 1e10 + 1e-3), targetTickCount: 4, fit: .tight)
        #expect(close.ticks.allSatisfy { $0.value.isFinite })
        #expect(close.lower < close.upper)
    }

    @Test("pixels run either way")
    func pixels() {
        let scale = PlotAxisScale(extent: PlotExtent(lower: 0, upper: 10), targetTickCount: 5, fit: .extendToTicks)
        #expect(scale.pixel(5, from: 100, to: 300) == 200)
        #expect(scale.pixel(10, from: 300, to: 100) == 100)
    }
}
