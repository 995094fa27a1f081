extension Plot {
    /// `legend(loc=)`: a box listing the labelled artists of the axes, with a sample of each.
    public struct Legend: Equatable, Sendable {
        /// Where the legend sits: matplotlib's location names, `best` by default.
        public enum Location: String, Equatable, Sendable, CaseIterable {
            case best
            case upperRight = "upper right"
            case upperLeft = "upper left"
            case lowerLeft = "lower left"
            case lowerRight = "lower right"
            case right
            case centerLeft = "center left"
            case centerRight = "center right"
            case lowerCenter = "lower center"
            case upperCenter = "upper center"
            case center

            /// The location a `loc=` string or code names (matplotlib's codes 0–10), or nil.
            public init?(spelling: String) {
                self.init(rawValue: spelling)
            }

            /// The location of matplotlib's numeric code (`loc=1` is upper right), or nil.
            public init?(code: Int) {
                let all = Location.allCases
                guard code >= 0, code < all.count else { return nil }
                self = all[code]
            }
        }

        /// The location.
        public var location: Location
        /// Labels the cell gave to `legend([…])`, replacing the artists' own labels in order; nil: theirs.
        public var labels: [String]?

        /// Makes a legend.
        public init(location: Location = .best, labels: [String]? = nil) {
            self.location = location
            self.labels = labels
        }
    }

    /// `colorbar()`: a colour scale beside the axes for one of its mapped artists.
    public struct Colorbar: Equatable, Sendable {
        /// The index in the axes' artists of the artist the bar shows.
        public var artistIndex: Int
        /// `label=`, the words along the bar.
        public var label: String?

        /// Makes a colour bar record.
        public init(artistIndex: Int, label: String? = nil) {
            self.artistIndex = artistIndex
            self.label = label
        }
    }
}
