import Foundation
import MicrogradScript

/// The scenes of `Tests/MicrogradScriptTests/Fixtures/Plots/axes.json`, drawn by matplotlib 3.9.2, with what
/// matplotlib showed: each axes' limits, ticks, tick labels, offset texts, colour-bar ticks, and the colours it gave
/// scatters and contours. `figure` replays a scene on Gradbook's model.
struct PlotScenes: Decodable {
    /// A JSON value of a scene's calls: numbers, strings, lists and option objects.
    enum Value: Decodable {
        case number(Double)
        case string(String)
        case bool(Bool)
        case list([Value])
        case object([String: Value])
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let text = try? container.decode(String.self) { self = .string(text) }
            else if let list = try? container.decode([Value].self) { self = .list(list) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        var number: Double? { if case .number(let n) = self { n } else if case .bool(let b) = self { b ? 1 : 0 } else { nil } }
        var numbers: [Double] { if case .list(let items) = self { items.compactMap(\.number) } else { number.map { [$0] } ?? [] } }
        var rows: [[Double]] { if case .list(let items) = self { items.map(\.numbers) } else { [] } }
        var isBooleanGrid: Bool {
            guard case .list(let rows) = self else { return false }
            return rows.allSatisfy { row in
                if case .list(let items) = row { return items.allSatisfy { if case .bool = $0 { true } else { false } } }
                return false
            }
        }
    }

    /// What matplotlib showed for one axes.
    struct Result: Decodable {
        let xlim: [Double]
        let ylim: [Double]
        let xticks: [Double]
        let yticks: [Double]
        let xlabels: [String]
        let ylabels: [String]
        let xoffset: String
        let yoffset: String
        let scatterColours: [[String]]?
        let levels: [Double]?
        let contourColours: [String]?
        let colorbarTicks: [Double]?
        let colorbarLabels: [String]?
        /// The area of each band of a filled contour, in data units.
        let bandAreas: [Double]?
        /// The total length of each level's lines, in data units.
        let levelLengths: [Double]?
    }

    struct Scene: Decodable {
        let name: String
        let figsize: [Double]?
        let rows: Int?
        let cols: Int?
        let axes: [[[Value]]]
        let results: [Result]
    }

    let scenes: [Scene]

    /// The scenes.
    static func load() throws -> [Scene] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("MicrogradScriptTests/Fixtures/Plots/axes.json")
        return try JSONDecoder().decode(PlotScenes.self, from: Data(contentsOf: url)).scenes
    }

    /// The scene drawn with Gradbook's model, call for call.
    static func figure(_ scene: Scene) throws -> Plot {
        let size = scene.figsize.map { Plot.Size(width: $0[0], height: $0[1]) } ?? Plot.defaultSize
        var plot = Plot(size: size, rows: scene.rows ?? 1, columns: scene.cols ?? 1)
        for (index, calls) in scene.axes.enumerated() {
            for call in calls {
                guard case .string(let kind)? = call.first else { continue }
                var arguments = Array(call.dropFirst())
                var options: [String: Value] = [:]
                if case .object(let given)? = arguments.last {
                    options = given
                    arguments.removeLast()
                }
                try apply(kind, arguments, options, to: &plot.axes[index])
            }
        }
        return plot
    }

    private static func apply(_ kind: String, _ arguments: [Value], _ options: [String: Value], to axes: inout Plot.Axes) throws {
        let colormap = { () -> PlotColormap? in
            if case .string(let name)? = options["cmap"] { return PlotColormap(name: name) }
            return nil
        }()
        switch kind {
        case "plot":
            try axes.plot(xs: arguments[0].numbers, ys: arguments[1].numbers)
        case "scatter":
            var scatter = Plot.ScatterOptions(colormap: colormap)
            if let c = options["c"] { scatter.colours = .values(c.numbers) }
            if let s = options["s"] { scatter.sizes = s.numbers }
            try axes.scatter(xs: arguments[0].numbers, ys: arguments[1].numbers, options: scatter)
        case "contourf", "contour":
            var contour = Plot.ContourOptions(colormap: colormap, alpha: options["alpha"]?.number)
            if let count = options["levels"]?.number { contour.levels = .count(Int(count)) }
            try axes.contour(
                filled: kind == "contourf", x: .vector(arguments[0].numbers), y: .vector(arguments[1].numbers),
                z: arguments[2].rows, zIsBoolean: arguments[2].isBooleanGrid, options: contour)
        case "hist":
            try axes.hist(values: arguments[0].numbers, bins: .count(Int(arguments[1].number ?? 10)))
        case "bar":
            try axes.bar(x: .numbers(arguments[0].numbers), heights: arguments[1].numbers)
        case "axhline":
            axes.referenceLine(.horizontal, at: arguments[0].number ?? 0)
        case "grid":
            axes.grid(visible: nil)
        case "xlim":
            axes.setXLimits(lower: arguments[0].number, upper: arguments[1].number)
        case "ylim":
            axes.setYLimits(lower: arguments[0].number, upper: arguments[1].number)
        case "colorbar":
            try axes.colorbar()
        default:
            throw CocoaError(.featureUnsupported)
        }
    }
}
